package dev.newsetl.cli;

/** The text of --help for each command. */
final class Help {
    private Help() {
    }

    static String general() {
        return """
                news-etl: turns raw news article files into a curated CSV + Parquet dataset.

                Usage: java -jar target/news-etl.jar COMMAND [OPTIONS]

                Commands:
                  run       run the job for one run date (resumes it if it failed or stopped)
                  schedule  stay up and run the job on a cron schedule (newsetl.schedule.cron)
                  help      show this text

                Run 'java -jar target/news-etl.jar COMMAND --help' for a command's options.
                Exit status: 0 completed, 1 failed, 2 usage or configuration error, 3 stopped, 4 output in use.
                """;
    }

    static String run() {
        return """
                Usage: java -jar target/news-etl.jar run [OPTIONS] [--SETTING=VALUE ...]

                Reads every article file under the input directory and publishes the dataset under
                OUTPUT/run_date=YYYY-MM-DD/ (articles, entities, quotes as CSV and Parquet; rejects.csv;
                manifest.json; _SUCCESS). A run date that failed or was stopped is resumed where it stopped;
                one that completed is not redone unless --force is given.

                Options:
                  --input=DIR          input directory (default: input, setting newsetl.input.dir)
                  --output=DIR         output directory (default: output, setting newsetl.output.dir)
                  --run-date=DATE      run date, YYYY-MM-DD (default: today)
                  --force              run a completed run date again and replace its published run
                  --full               process every input file; by default a run processes only files
                                       that are new or changed since an earlier run ingested them
                  --help               show this text

                Settings (any of config/application.yml, also as environment variables):
                  --newsetl.input.dir=input             input directory (same as --input)
                  --newsetl.input.extensions=txt        file extensions that hold articles
                  --newsetl.input.max-file-size=5MB     larger files are rejected as TOO_LARGE
                  --newsetl.output.dir=output           output directory (same as --output)
                  --newsetl.output.database-url=URL     job repository JDBC URL (default: H2 file in OUTPUT/_meta)
                  --newsetl.names.dictionary=PATH       alias dictionary (default: config/aliases.tsv)
                  --newsetl.job.partition-size=1000     files per partition (unit of restart and parallelism)
                  --newsetl.job.chunk-size=500          files per transaction inside a partition
                  --newsetl.job.threads=0               partitions at once; 0 = one per core
                  --newsetl.job.fail-on-path=TEXT       restart tests only: fail the partition reading such a path
                  --newsetl.parquet.codec=zstd          zstd, snappy, gzip, lz4_raw or uncompressed
                  --newsetl.parquet.row-group-size=64MB Parquet row group size
                  --newsetl.parquet.page-size=1MB       Parquet page size
                  --newsetl.progress.mode=auto          auto (bar on a terminal, else log lines), bar, log, off
                  --newsetl.progress.log-interval=5s    time between progress log lines
                  --newsetl.schedule.cron="0 0 2 * * *" when `schedule` runs the job (second minute hour day month weekday)
                  --newsetl.schedule.zone=ZONE          time zone of the cron (default: the system's)
                  --newsetl.schedule.max-runs=0         `schedule` stops after this many runs; 0 = never (for tests)

                Exit status: 0 completed (rejected files do not fail a run) or already complete,
                1 failed (run the same command again to resume), 2 usage or configuration error,
                3 stopped, 4 another run is using the output directory.
                """;
    }
}

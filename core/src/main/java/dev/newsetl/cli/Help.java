package dev.newsetl.cli;

/** The text of --help for each command. */
final class Help {
    private Help() {}

    static String general() {
        return """
                news-etl: turns raw news article files into a curated CSV + Parquet dataset.

                Usage: java -jar target/news-etl.jar COMMAND [OPTIONS]

                Commands:
                  run       run the job for one run date (resumes it if it failed or stopped)
                  schedule  stay up and run the job on a cron schedule (newsetl.schedule.cron)
                  history   list past and running executions, newest first
                  status    show one execution (default: the latest) with its steps and partitions
                  restart   resume a failed or stopped execution (default: the latest one)
                  abandon   give up on a failed or stopped execution; run --force redoes its date
                  help      show this text

                Run 'java -jar target/news-etl.jar COMMAND --help' for a command's options.
                Exit status: 0 completed, 1 failed, 2 usage or configuration error, 3 stopped, 4 output in use.
                SIGTERM or Ctrl-C stops a run at the next chunk (exit 3); run the same command to resume it.
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
                  --input=DIR|URI      input directory, or a Hadoop URI such as hdfs://nn:8020/news
                                       (default: input, setting newsetl.input.dir)
                  --output=DIR|URI     output directory, or a Hadoop URI (hdfs://, s3a://, ...)
                                       (default: output, setting newsetl.output.dir)
                  --work-dir=DIR       local folder for the job repository, lock and staging when --output
                                       is a Hadoop URI (default: output, setting newsetl.output.work-dir)
                  --run-date=DATE      run date, YYYY-MM-DD (default: today)
                  --force              run a completed run date again and replace its published run
                  --full               process every input file; by default a run processes only files
                                       that are new or changed since an earlier run ingested them
                  --help               show this text

                Settings (any of config/application.yml, also as environment variables):
                  --newsetl.input.dir=input             input directory (same as --input)
                  --newsetl.input.extensions=txt,html,htm,warc,jsonl,ndjson,json
                                                        file extensions that hold articles (also under .gz, .zst)
                  --newsetl.input.max-file-size=5MB     larger files are rejected as TOO_LARGE
                  --newsetl.input.max-inflated-size=16GB  a container file past this after decompression: the
                                                        rest of it is one INFLATED_TOO_LARGE reject
                  --newsetl.input.max-record-size=10MB  larger WARC records / JSON objects: RECORD_TOO_LARGE
                  --newsetl.input.max-line-length=10MB  longer lines of text or JSON Lines: LINE_TOO_LONG
                  --newsetl.input.max-json-depth=64     deeper JSON objects: JSON_TOO_DEEP
                  --newsetl.input.json-title=title,headline   JSON keys of the title (first present wins)
                  --newsetl.input.json-text=maintext,content,text,body   JSON keys of the text
                  --newsetl.input.json-url=url          JSON keys of the URL
                  --newsetl.input.json-date=date_publish,date,published_at   JSON keys of the date
                  --newsetl.input.json-authors=authors,author   JSON keys of the authors
                  --newsetl.input.json-language=language   JSON keys of the language
                  --newsetl.input.json-site=source_domain,source   JSON keys of the site name
                  --newsetl.html.max-page-size=8MB      larger web pages are rejected as PAGE_TOO_LARGE
                  --newsetl.html.max-nodes=200000       pages with more elements are PAGE_TOO_COMPLEX
                  --newsetl.output.dir=output           output directory (same as --output)
                  --newsetl.output.database-url=URL     job repository JDBC URL (default: H2 file in WORK/_meta)
                  --newsetl.output.work-dir=output      same as --work-dir (a local output is its own work folder)
                  --newsetl.output.commit=auto          Hadoop output: rename (atomic on HDFS) or direct (no
                                                        rename; object stores); auto: direct for s3a, gs, abfs
                  --newsetl.names.dictionary=PATH       alias dictionary (default: config/aliases.tsv)
                  --newsetl.names.recognizer=true       recognize names the dictionary lacks; false: dictionary only
                  --newsetl.names.model=DIR             retrained recognizer models (default: the bundled ones)
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

    static String history() {
        return """
                Usage: java -jar target/news-etl.jar history [--output=DIR] [--limit=N | --all] [--SETTING=VALUE ...]

                Lists the job's executions, newest first: id, run date, status, start, end, duration, files read,
                articles written and files rejected. A COMPLETED row shows the published run's counts; any other
                row shows what that execution read before it ended (a resumed run spreads its files over several
                executions). A status marked * is still recorded as running although its process is gone: the next
                run or restart recovers it.

                Options:
                  --output=DIR     the output directory whose job repository to read (default: output)
                  --work-dir=DIR   for a Hadoop --output URI: its local work folder (default: output)
                  --limit=N        show the newest N executions (default: 20)
                  --all            show every execution
                  --help           show this text

                Exit status: 0 (also when nothing ran yet), 2 usage or configuration error.
                """;
    }

    static String status() {
        return """
                Usage: java -jar target/news-etl.jar status [ID] [--output=DIR] [--SETTING=VALUE ...]

                Shows one execution (default: the latest): its status, process, times, input, output, counts,
                failure message and what to do next, then every step and partition with its status, files read and
                written, articles, rejects, start and duration. Partitions missing from a resumed execution had
                completed in an earlier one.

                Options:
                  --output=DIR     the output directory whose job repository to read (default: output)
                  --work-dir=DIR   for a Hadoop --output URI: its local work folder (default: output)
                  --help           show this text

                Exit status: 0, 2 no such execution or a usage error.
                """;
    }

    static String restart() {
        return """
                Usage: java -jar target/news-etl.jar restart [ID] [--output=DIR] [--SETTING=VALUE ...]

                Resumes a FAILED or STOPPED execution (default: the latest one of this output) with its own run
                date and input: completed partitions are kept, the others are redone. The same as running 'run'
                again with the original options. An execution left running by a killed process is recovered
                first. Settings (threads, dictionary, ...) apply as for run.

                Options:
                  --output=DIR     the output directory (default: output)
                  --work-dir=DIR   for a Hadoop --output URI: its local work folder (default: output)
                  --help           show this text

                Exit status: as for run: 0 completed or already complete, 1 failed, 2 nothing to restart or usage
                error, 3 stopped, 4 another run is using the output directory.
                """;
    }

    static String abandon() {
        return """
                Usage: java -jar target/news-etl.jar abandon ID [--output=DIR]

                Marks a FAILED or STOPPED execution ABANDONED: 'run' will no longer resume its run date, and
                'run --force' runs the date again from the start. Its published run, if any, is left as it is.
                A running execution cannot be abandoned: stop it first (SIGTERM to its process).

                Options:
                  --output=DIR     the output directory (default: output)
                  --work-dir=DIR   for a Hadoop --output URI: its local work folder (default: output)
                  --help           show this text

                Exit status: 0 abandoned (or already), 2 no such execution or not abandonable, 4 the output is in
                use by a run.
                """;
    }
}

package dev.newsetl.job;

import com.zaxxer.hikari.HikariDataSource;
import dev.newsetl.article.InputDocument;
import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.extract.LanguageDetector;
import dev.newsetl.lineage.IngestLedger;
import dev.newsetl.lineage.LineageRepository;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.RecognizerModels;
import dev.newsetl.read.InputRoot;
import dev.newsetl.write.RunPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job: prepare (list input) → extract (partitioned, in parallel) → group (duplicates, stories) → write parts
 * (partitioned, in parallel) → publish → clean up. Every bean here is wiring; the work lives in the plain-Java
 * packages. Read top to bottom: shared resources, the job, then each step in the order it runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    InputProperties.class,
    OutputProperties.class,
    JobProperties.class,
    ParquetProperties.class,
    NamesProperties.class,
    ProgressProperties.class,
    ScheduleProperties.class,
    HtmlProperties.class
})
public class NewsEtlJobConfiguration {
    public static final String JOB_NAME = "newsEtlJob";
    private static final String RUN_PARAMETERS = "#{stepExecution.jobExecution.jobParameters}";

    /** The job repository and lineage tables: an H2 file under the output root unless a URL is configured. */
    @Bean
    DataSource dataSource(OutputProperties output) {
        String url = output.databaseUrl();
        boolean local = url == null || url.isBlank();
        if (local) {
            url = JobRepositoryDatabase.url(output.work());
        } else if (url.startsWith("jdbc:h2:")) {
            JobRepositoryDatabase.requireLoopback();
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setPoolName("newsetl");
        dataSource.setMaximumPoolSize(8);
        if (local) {
            // Open it now, so the files H2 creates (database, lock with the server key) are made owner-only
            // before the job goes on.
            try (java.sql.Connection ignored = dataSource.getConnection()) {
                JobRepositoryDatabase.restrictFiles(output.work());
            } catch (java.sql.SQLException e) {
                dataSource.close();
                throw new IllegalStateException("cannot open the job repository " + url, e);
            }
        }
        return dataSource;
    }

    @Bean
    LineageRepository lineageRepository(DataSource dataSource) {
        return new LineageRepository(new JdbcTemplate(dataSource));
    }

    @Bean
    IngestLedger ingestLedger(DataSource dataSource) {
        return new IngestLedger(new JdbcTemplate(dataSource));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Loaded and validated at start: a bad dictionary stops the job before it runs, naming file and line. */
    @Bean
    AliasDictionary aliasDictionary(NamesProperties names) {
        return AliasDictionary.load(names.dictionary());
    }

    /** Opened at start: a missing or corrupt model stops the job before it runs, naming the file. */
    @Bean
    NameRecognizer nameRecognizer(NamesProperties names) {
        return RecognizerModels.open(names.recognizer(), names.model());
    }

    @Bean
    ArticleExtractor articleExtractor(
            AliasDictionary dictionary,
            Clock clock,
            NameRecognizer nameRecognizer,
            InputProperties input,
            HtmlProperties html) {
        return new ArticleExtractor(
                dictionary,
                clock,
                LanguageDetector.shared(),
                nameRecognizer,
                input.maxLineLength().toBytes(),
                html.limits());
    }

    @Bean
    TaskExecutor partitionExecutor(JobProperties job) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(job.effectiveThreads());
        executor.setMaxPoolSize(job.effectiveThreads());
        executor.setThreadNamePrefix("partition-");
        executor.initialize();
        return executor;
    }

    @Bean
    Job newsEtlJob(
            JobRepository jobRepository,
            Step prepareStep,
            Step extractStep,
            Step groupStep,
            Step writeStep,
            Step publishStep,
            Step cleanUpStep,
            ObjectProvider<MeterRegistry> meterRegistry,
            ObjectProvider<JobExecutionListener> listeners) {
        JobBuilder builder = new JobBuilder(JOB_NAME, jobRepository);
        // Listeners declared elsewhere (the operations package records the owning process) join the job here.
        listeners.orderedStream().forEach(builder::listener);
        return builder.listener(new JobMetricsListener(meterRegistry.getIfAvailable(() -> Metrics.globalRegistry)))
                .start(prepareStep)
                .next(extractStep)
                .next(groupStep)
                .next(writeStep)
                .next(publishStep)
                .next(cleanUpStep)
                .build();
    }

    @Bean
    Step prepareStep(
            JobRepository jobRepository,
            PlatformTransactionManager tm,
            InputProperties input,
            JobProperties job,
            IngestLedger ledger) {
        return taskletStep("prepare", jobRepository, tm, new PrepareRunTasklet(input, job.partitionSize(), ledger));
    }

    @Bean
    @StepScope
    ListingPartitioner listingPartitioner(@Value(RUN_PARAMETERS) JobParameters parameters) {
        return new ListingPartitioner(RunParameters.of(parameters).layout());
    }

    @Bean
    Step extractStep(
            JobRepository jobRepository,
            Step extractPartitionStep,
            ListingPartitioner listingPartitioner,
            TaskExecutor partitionExecutor,
            ExtractProgressListener extractProgressListener) {
        return new StepBuilder("extract", jobRepository)
                .listener(extractProgressListener)
                .partitioner("extract-partition", listingPartitioner)
                .step(extractPartitionStep)
                .taskExecutor(partitionExecutor)
                .build();
    }

    @Bean
    Step extractPartitionStep(
            JobRepository jobRepository,
            PlatformTransactionManager tm,
            JobProperties job,
            PartitionFileReader partitionFileReader,
            ArticleItemProcessor articleItemProcessor,
            StagedOutcomeItemWriter stagedOutcomeItemWriter,
            ExtractProgressListener extractProgressListener) {
        return new StepBuilder("extract-partition", jobRepository)
                .<InputDocument, ProcessedFile>chunk(job.chunkSize())
                .transactionManager(tm)
                .reader(partitionFileReader)
                .processor(articleItemProcessor)
                .writer(stagedOutcomeItemWriter)
                .listener((ItemWriteListener<ProcessedFile>) extractProgressListener)
                .build();
    }

    @Bean
    @StepScope
    PartitionFileReader partitionFileReader(
            @Value(RUN_PARAMETERS) JobParameters parameters, InputProperties inputProperties) {
        RunParameters run = RunParameters.of(parameters);
        return new PartitionFileReader(
                run.layout().listing(),
                InputRoot.loader(run.input(), inputProperties.limits(), inputProperties.jsonMapping()));
    }

    @Bean
    @StepScope
    ArticleItemProcessor articleItemProcessor(ArticleExtractor extractor, JobProperties job) {
        return new ArticleItemProcessor(extractor, job.failOnPath());
    }

    @Bean
    @StepScope
    StagedOutcomeItemWriter stagedOutcomeItemWriter(@Value(RUN_PARAMETERS) JobParameters parameters) {
        return new StagedOutcomeItemWriter(RunParameters.of(parameters).layout());
    }

    @Bean
    ExtractProgressListener extractProgressListener(ProgressProperties progress, JobRepository jobRepository) {
        return new ExtractProgressListener(progress, jobRepository);
    }

    @Bean
    Step groupStep(JobRepository jobRepository, PlatformTransactionManager tm, ParquetProperties parquet) {
        return taskletStep("group", jobRepository, tm, new GroupRunTasklet(parquet.settings()));
    }

    @Bean
    Step writeStep(
            JobRepository jobRepository,
            Step writePartitionStep,
            ListingPartitioner listingPartitioner,
            TaskExecutor partitionExecutor) {
        return new StepBuilder("write", jobRepository)
                .partitioner("write-partition", listingPartitioner)
                .step(writePartitionStep)
                .taskExecutor(partitionExecutor)
                .build();
    }

    @Bean
    Step writePartitionStep(JobRepository jobRepository, PlatformTransactionManager tm, ParquetProperties parquet) {
        return taskletStep("write-partition", jobRepository, tm, new WritePartsTasklet(parquet.settings()));
    }

    @Bean
    Step publishStep(
            JobRepository jobRepository,
            PlatformTransactionManager tm,
            LineageRepository lineage,
            IngestLedger ledger,
            OutputProperties output) {
        return taskletStep("publish", jobRepository, tm, new PublishRunTasklet(lineage, ledger, output));
    }

    @Bean
    Step cleanUpStep(JobRepository jobRepository, PlatformTransactionManager tm) {
        return taskletStep("clean-up", jobRepository, tm, (contribution, chunkContext) -> {
            RunPublisher.cleanUp(RunParameters.of(chunkContext).layout());
            return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
        });
    }

    /** A step that runs one tasklet in one transaction. */
    private static Step taskletStep(
            String name, JobRepository jobRepository, PlatformTransactionManager tm, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, tm).build();
    }
}

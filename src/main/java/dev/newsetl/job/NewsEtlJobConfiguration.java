package dev.newsetl.job;

import com.zaxxer.hikari.HikariDataSource;
import dev.newsetl.article.InputDocument;
import dev.newsetl.extract.ArticleExtractor;
import dev.newsetl.lineage.IngestLedger;
import dev.newsetl.lineage.LineageRepository;
import dev.newsetl.extract.StoryGrouper;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.Entity;
import dev.newsetl.read.InputRoot;
import dev.newsetl.write.RunPublisher;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
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
@EnableConfigurationProperties({InputProperties.class, OutputProperties.class, JobProperties.class,
        ParquetProperties.class, NamesProperties.class, ProgressProperties.class, ScheduleProperties.class})
public class NewsEtlJobConfiguration {
    public static final String JOB_NAME = "newsEtlJob";
    private static final String RUN_PARAMETERS = "#{stepExecution.jobExecution.jobParameters}";

    /** The job repository and lineage tables: an H2 file under the output root unless a URL is configured. */
    @Bean
    DataSource dataSource(OutputProperties output) {
        String url = output.databaseUrl();
        if (url == null || url.isBlank()) {
            Path db = output.work().resolve("_meta").resolve("newsetl");
            // AUTO_SERVER lets `history` or `status` read the database while a run holds it open. WRITE_DELAY=0:
            // H2 has no redo log and by default writes commits to its file up to half a second later, so a killed
            // run could lose partitions it had recorded as complete (and redo them); 0 writes each commit at once.
            url = "jdbc:h2:file:" + db + ";TRACE_LEVEL_FILE=0;AUTO_SERVER=TRUE;WRITE_DELAY=0";
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setPoolName("newsetl");
        dataSource.setMaximumPoolSize(8);
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

    @Bean
    ArticleExtractor articleExtractor(AliasDictionary dictionary, Clock clock) {
        return new ArticleExtractor(dictionary, clock);
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
    Job newsEtlJob(JobRepository jobRepository, Step prepareStep, Step extractStep, Step groupStep,
                   Step writeStep, Step publishStep, Step cleanUpStep,
                   ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<JobExecutionListener> listeners) {
        JobBuilder builder = new JobBuilder(JOB_NAME, jobRepository);
        // Listeners declared elsewhere (the operations package records the owning process) join the job here.
        listeners.orderedStream().forEach(builder::listener);
        return builder
                .listener(new JobMetricsListener(meterRegistry.getIfAvailable(() -> Metrics.globalRegistry)))
                .start(prepareStep)
                .next(extractStep)
                .next(groupStep)
                .next(writeStep)
                .next(publishStep)
                .next(cleanUpStep)
                .build();
    }

    @Bean
    Step prepareStep(JobRepository jobRepository, PlatformTransactionManager tm, InputProperties input,
                     JobProperties job, IngestLedger ledger) {
        return new StepBuilder("prepare", jobRepository)
                .tasklet(new PrepareRunTasklet(input, job.partitionSize(), ledger), tm).build();
    }

    @Bean
    @StepScope
    ListingPartitioner listingPartitioner(@Value(RUN_PARAMETERS) JobParameters parameters) {
        return new ListingPartitioner(RunParameters.of(parameters).layout());
    }

    @Bean
    Step extractStep(JobRepository jobRepository, Step extractPartitionStep, ListingPartitioner listingPartitioner,
                     TaskExecutor partitionExecutor, ExtractProgressListener extractProgressListener) {
        return new StepBuilder("extract", jobRepository)
                .listener(extractProgressListener)
                .partitioner("extract-partition", listingPartitioner)
                .step(extractPartitionStep)
                .taskExecutor(partitionExecutor)
                .build();
    }

    @Bean
    Step extractPartitionStep(JobRepository jobRepository, PlatformTransactionManager tm, JobProperties job,
                              PartitionFileReader partitionFileReader, ArticleItemProcessor articleItemProcessor,
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
    PartitionFileReader partitionFileReader(@Value(RUN_PARAMETERS) JobParameters parameters,
                                            InputProperties inputProperties) {
        RunParameters run = RunParameters.of(parameters);
        return new PartitionFileReader(run.layout().listing(),
                InputRoot.loader(run.input(), inputProperties.maxFileSize().toBytes()));
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
    Step groupStep(JobRepository jobRepository, PlatformTransactionManager tm, AliasDictionary dictionary) {
        var weights = StoryGrouper.weightsByType(dictionary.entities().stream()
                .collect(java.util.stream.Collectors.toMap(Entity::id, Entity::type)));
        return new StepBuilder("group", jobRepository).tasklet(new GroupRunTasklet(weights), tm).build();
    }

    @Bean
    Step writeStep(JobRepository jobRepository, Step writePartitionStep, ListingPartitioner listingPartitioner,
                   TaskExecutor partitionExecutor) {
        return new StepBuilder("write", jobRepository)
                .partitioner("write-partition", listingPartitioner)
                .step(writePartitionStep)
                .taskExecutor(partitionExecutor)
                .build();
    }

    @Bean
    Step writePartitionStep(JobRepository jobRepository, PlatformTransactionManager tm, ParquetProperties parquet) {
        return new StepBuilder("write-partition", jobRepository)
                .tasklet(new WritePartsTasklet(parquet.settings()), tm)
                .build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, LineageRepository lineage,
                     IngestLedger ledger, OutputProperties output) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(new PublishRunTasklet(lineage, ledger, output), tm)
                .build();
    }

    @Bean
    Step cleanUpStep(JobRepository jobRepository, PlatformTransactionManager tm) {
        return new StepBuilder("clean-up", jobRepository).tasklet((contribution, chunkContext) -> {
            RunParameters run = RunParameters.of(chunkContext.getStepContext().getStepExecution().getJobExecution()
                    .getJobParameters());
            RunPublisher.cleanUp(run.layout());
            return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
        }, tm).build();
    }
}

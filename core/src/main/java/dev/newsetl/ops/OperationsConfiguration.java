package dev.newsetl.ops;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Operating the job: launching it under the output lock, and recording which process runs each execution. */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

    @Bean
    OwnerListener ownerListener() {
        return new OwnerListener();
    }

    @Bean
    RunLauncher runLauncher(JobOperator jobOperator, JobRepository jobRepository, Job newsEtlJob) {
        return new RunLauncher(jobOperator, jobRepository, newsEtlJob);
    }
}

package dev.newsetl;

import dev.newsetl.cli.Commands;
import dev.newsetl.extract.LanguageDetector;
import dev.newsetl.job.JobRepositoryDatabase;
import dev.newsetl.names.ner.NameModelsProvider;
import dev.newsetl.write.ParquetPartWriter;
import dev.newsetl.write.ParquetSettings;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: {@code java -jar news-etl.jar COMMAND [OPTIONS]}. */
@SpringBootApplication
public class NewsEtlApplication {

    public static void main(String[] args) {
        // Before anything loads H2: its auto-server reads the bind address once.
        JobRepositoryDatabase.bindToLoopback();
        if (args.length > 0 && args[0].equals("run")) {
            // Load the language models and Parquet's classes while Spring starts: on a small run that hides most of
            // their cost.
            Thread warmUp = new Thread(
                    () -> {
                        LanguageDetector.shared();
                        ParquetPartWriter.warmUp(ParquetSettings.DEFAULTS);
                    },
                    "warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            if (!java.util.Arrays.asList(args).contains("--newsetl.names.recognizer=false")) {
                // The name models take about two seconds to read: on their own thread, beside Spring's start.
                Thread models = new Thread(NameModelsProvider::preload, "name-models");
                models.setDaemon(true);
                models.start();
            }
        }
        int status = new Commands(System.out, System.err, NewsEtlApplication::start).execute(args);
        System.exit(status);
    }

    static org.springframework.context.ConfigurableApplicationContext start(String[] springArgs) {
        SpringApplication application = new SpringApplication(NewsEtlApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        return application.run(springArgs);
    }
}

package dev.newsetl;

import dev.newsetl.cli.Commands;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: {@code java -jar news-etl.jar COMMAND [OPTIONS]}. */
@SpringBootApplication
public class NewsEtlApplication {

    public static void main(String[] args) {
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

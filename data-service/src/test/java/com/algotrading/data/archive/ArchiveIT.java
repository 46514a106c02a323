package com.algotrading.data.archive;

import com.algotrading.data.RunningService;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive against s3proxy started here, reached through the SDK's endpoint override; never real AWS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MARKET_FEED=none", "ARCHIVE_S3_BUCKET=archive"})
class ArchiveIT extends RunningService {

    private static final int S3_PORT = freePort();

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.builder().withCredentials("access", "secret")
            .withPort(S3_PORT).build();

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        // the SDK's default credential chain reads these system properties; s3proxy checks them
        System.setProperty("aws.accessKeyId", "access");
        System.setProperty("aws.secretAccessKey", "secret");
        registry.add("AWS_ENDPOINT_URL", () -> "http://127.0.0.1:" + S3_PORT);
    }

    @Test
    void archivesADaysMinutesAsGzipCsvAndVerifiesTheRowCount() throws IOException {
        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + S3_PORT))
                .forcePathStyle(true).region(Region.AP_SOUTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")))
                .build()) {
            s3.createBucket(create -> create.bucket("archive"));
            for (String symbol : List.of("TCS-EQ", "SBIN-EQ")) {
                importMinutes(symbol, MINUTES_OF_TWO_DAYS);
            }

            HttpResponse<String> run = api().post("/api/v1/archive/run?date=2025-01-02", "application/json", "");

            assertThat(run.statusCode()).isEqualTo(200);
            assertThat(run.body()).contains("\"status\":\"VERIFIED\"", "\"rowsWritten\":6", "\"rowsVerified\":6",
                    "\"objectKey\":\"candles/interval=1m/date=2025-01-02/candles.csv.gz\"");
            try (BufferedReader csv = new BufferedReader(new InputStreamReader(new GZIPInputStream(s3.getObject(get ->
                    get.bucket("archive").key("candles/interval=1m/date=2025-01-02/candles.csv.gz"))),
                    StandardCharsets.UTF_8))) {
                assertThat(csv.lines().toList()).containsExactly("symbol,timestamp,open,high,low,close,volume",
                        "NSE:SBIN-EQ,2025-01-02T09:15:00+05:30,100.00,101.00,99.00,100.00,10",
                        "NSE:SBIN-EQ,2025-01-02T09:16:00+05:30,100.00,102.00,99.00,101.00,20",
                        "NSE:SBIN-EQ,2025-01-02T09:18:00+05:30,101.00,103.00,100.00,102.00,30",
                        "NSE:TCS-EQ,2025-01-02T09:15:00+05:30,100.00,101.00,99.00,100.00,10",
                        "NSE:TCS-EQ,2025-01-02T09:16:00+05:30,100.00,102.00,99.00,101.00,20",
                        "NSE:TCS-EQ,2025-01-02T09:18:00+05:30,101.00,103.00,100.00,102.00,30");
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

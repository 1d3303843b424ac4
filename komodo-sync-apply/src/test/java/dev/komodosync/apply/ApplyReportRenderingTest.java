package dev.komodosync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.apply.ApplyItem.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyReportRenderingTest {

    private static final ApplyReport REPORT = new ApplyReport("sha256:abc", List.of(), List.of(
            ItemOutcome.done(new ApplyItem(Step.RESOURCES, "server", "box", "create")),
            ItemOutcome.failed(new ApplyItem(Step.RESOURCES, "deployment", "api", "update"), "Deployment busy\ntrace"),
            ItemOutcome.skipped(new ApplyItem(Step.DEPLOYS, "deployment", "api", "deploy"), "deploy round 1 failed")));

    @Test
    void textHasOneLinePerItemAndASummary() {
        assertThat(ApplyReportText.render(REPORT)).isEqualTo("""
                done     create server 'box'
                failed   update deployment 'api': Deployment busy trace
                skipped  deploy deployment 'api' (deploy round 1 failed)
                Apply failed: 1 done, 1 failed, 1 skipped.
                """);
    }

    @Test
    void jsonIsTheDocumentedShape() {
        assertThat(ApplyReportJson.render(REPORT)).isEqualTo("""
                {
                  "format_version" : 1,
                  "fingerprint" : "sha256:abc",
                  "result" : "failed",
                  "summary" : {
                    "done" : 1,
                    "failed" : 1,
                    "skipped" : 1
                  },
                  "refusals" : [ ],
                  "items" : [ {
                    "step" : "resources",
                    "kind" : "server",
                    "name" : "box",
                    "action" : "create",
                    "status" : "done"
                  }, {
                    "step" : "resources",
                    "kind" : "deployment",
                    "name" : "api",
                    "action" : "update",
                    "status" : "failed",
                    "detail" : "Deployment busy\\ntrace"
                  }, {
                    "step" : "deploys",
                    "kind" : "deployment",
                    "name" : "api",
                    "action" : "deploy",
                    "status" : "skipped",
                    "detail" : "deploy round 1 failed"
                  } ]
                }
                """);
    }

    @Test
    void markdownIsATable() {
        assertThat(ApplyReportMarkdown.render(REPORT)).isEqualTo("""
                ## Apply failed

                1 done, 1 failed, 1 skipped.

                | status | action | kind | name | detail |
                |---|---|---|---|---|
                | done | create | server | box |  |
                | failed | update | deployment | api | Deployment busy trace |
                | skipped | deploy | deployment | api | deploy round 1 failed |
                """);
    }

    @Test
    void aRefusedReportSaysNothingChanged() {
        ApplyReport refused = new ApplyReport("sha256:abc", List.of("too many deletes"), List.of());

        assertThat(ApplyReportText.render(refused)).isEqualTo("Apply refused; nothing was changed:\n  - too many deletes\n");
        assertThat(ApplyReportJson.render(refused)).contains("\"result\" : \"refused\"", "\"too many deletes\"");
        assertThat(ApplyReportMarkdown.render(refused)).startsWith("## Apply refused\n\nNothing was changed:\n\n- too many deletes\n");
    }

    @Test
    void aReportWithNothingToDoSucceeds() {
        ApplyReport empty = new ApplyReport("sha256:abc", List.of(), List.of());

        assertThat(empty.succeeded()).isTrue();
        assertThat(ApplyReportText.render(empty)).isEqualTo("Apply done: 0 done, 0 failed, 0 skipped.\n");
    }
}

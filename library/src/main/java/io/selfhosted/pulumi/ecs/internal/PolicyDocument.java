package io.selfhosted.pulumi.ecs.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * An IAM (or resource) policy document.
 *
 * @param statements the statements; rendered as {@code Statement}
 */
@JsonPropertyOrder({"Version", "Statement"})
public record PolicyDocument(@JsonProperty("Statement") List<Statement> statements) {

    /** The only current IAM policy language version. */
    @JsonProperty("Version")
    public String version() {
        return "2012-10-17";
    }

    /** Creates a document of the given statements. */
    public static PolicyDocument of(Statement... statements) {
        return new PolicyDocument(List.of(statements));
    }

    /** Serialised JSON of this document. */
    public String toJson() {
        return Json.write(this);
    }

    /**
     * One statement.
     *
     * @param sid       a statement id explaining the grant
     * @param effect    {@code Allow} or {@code Deny}
     * @param principal e.g. {@code {"Service": "ecs-tasks.amazonaws.com"}} or {@code "*"}; null for identity policies
     * @param actions   the actions
     * @param resources the resources; null for trust policies
     * @param condition condition operator to condition key to values; null when unconditional
     */
    @JsonPropertyOrder({"Sid", "Effect", "Principal", "Action", "Resource", "Condition"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statement(
            @JsonProperty("Sid") String sid,
            @JsonProperty("Effect") String effect,
            @JsonProperty("Principal") Object principal,
            @JsonProperty("Action") List<String> actions,
            @JsonProperty("Resource") List<String> resources,
            @JsonProperty("Condition") Map<String, Map<String, Object>> condition) {

        /** An Allow statement of an identity policy. */
        public static Statement allow(String sid, List<String> actions, List<String> resources) {
            return new Statement(sid, "Allow", null, actions, resources, null);
        }

        /** A copy with a condition. */
        public Statement when(String operator, String key, Object value) {
            return new Statement(sid, effect, principal, actions, resources, Map.of(operator, Map.of(key, value)));
        }
    }
}

// Unit tests of the one-shot task runner (run by `mvn verify` with `node --test`): a fake ECS
// that plays tasks through PENDING, RUNNING and STOPPED, and a fake clock.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clientToken, familyOf, logStreamOf, runId, runOnce } from "../../main/resources/io/selfhosted/pulumi/ecs/fargate/one-shot-runner/runner.mjs";

const TASK_DEFINITION = "arn:aws:ecs:us-east-1:123456789012:task-definition/pulumi-migrations:7";
const INPUT = {
  cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/pulumi",
  taskDefinition: TASK_DEFINITION,
  containerName: "pulumi-migrations",
  subnets: ["subnet-1", "subnet-2"],
  securityGroups: ["sg-1"],
  logGroup: "pulumi-api-migrations-1a2b3c4",
  logStreamPrefix: "pulumi-migrations",
  platformVersion: "1.4.0",
};

/** A clock whose time moves only when the runner sleeps. */
function clock(budgetMs = 900_000) {
  let now = 1_700_000_000_000;
  const end = now + budgetMs;
  return {
    now: () => now,
    remainingMs: () => end - now,
    sleep: async (ms) => { now += ms; },
    advance: (ms) => { now += ms; },
  };
}

/**
 * A fake ECS. `script(task)` says, per DescribeTasks call, what the task looks like: a list of
 * states the task goes through, the last repeated.
 */
function fakeEcs({ states = [{ lastStatus: "STOPPED", exitCode: 0 }], statesByRun = null, existing = [], runFailures = null,
  forgets = false } = {}) {
  const tasks = new Map();
  const calls = { runTask: [], describeTasks: 0, listTasks: [] };
  const replies = new Map();
  let next = 1;
  const add = (task) => tasks.set(task.taskArn, { ...task, step: 0, states: task.states ?? [task.state] });
  existing.forEach(add);
  const view = (t) => {
    const state = t.states[Math.min(t.step, t.states.length - 1)];
    t.step++;
    return {
      taskArn: t.taskArn,
      taskDefinitionArn: t.taskDefinitionArn,
      startedBy: t.startedBy,
      createdAt: t.createdAt,
      lastStatus: state.lastStatus,
      stopCode: state.stopCode,
      stoppedReason: state.stoppedReason,
      containers: [{ name: INPUT.containerName, exitCode: state.exitCode, reason: state.reason }],
    };
  };
  const current = (t) => t.states[Math.min(t.step, t.states.length - 1)];
  const ecs = {
    calls,
    tasks,
    async runTask(params) {
      calls.runTask.push(params);
      if (runFailures) {
        return { tasks: [], failures: runFailures };
      }
      // As ECS: a token seen before gets the response of its first request, replayed.
      if (replies.has(params.clientToken)) {
        return replies.get(params.clientToken);
      }
      const run = next++;
      const taskArn = `arn:aws:ecs:us-east-1:123456789012:task/pulumi/task${run}`;
      add({ taskArn, taskDefinitionArn: params.taskDefinition, startedBy: params.startedBy, clientToken: params.clientToken,
        states: [{ lastStatus: "PROVISIONING" }, ...(statesByRun ? statesByRun[run - 1] : states)] });
      const reply = { tasks: [view(tasks.get(taskArn))], failures: [] };
      replies.set(params.clientToken, reply);
      if (forgets) {
        tasks.delete(taskArn);
      }
      return reply;
    },
    async describeTasks({ tasks: arns }) {
      calls.describeTasks++;
      return { tasks: arns.filter((a) => tasks.has(a)).map((a) => view(tasks.get(a))),
        failures: arns.filter((a) => !tasks.has(a)).map((arn) => ({ arn, reason: "MISSING" })) };
    },
    async listTasks({ startedBy, family, desiredStatus }) {
      calls.listTasks.push({ startedBy, family, desiredStatus });
      // As ECS: startedBy must be the only filter.
      if (startedBy && (family || desiredStatus)) {
        throw new Error("InvalidParameterException: startedBy must be the only filter");
      }
      const matches = [...tasks.values()].filter((t) =>
        (!startedBy || t.startedBy === startedBy)
        && (!family || familyOf(t.taskDefinitionArn) === family)
        && ((desiredStatus === "STOPPED") === (current(t).lastStatus === "STOPPED")));
      return { taskArns: matches.map((t) => t.taskArn) };
    },
  };
  return ecs;
}

test("a task that runs and exits 0 succeeds, with its ARN and log stream", async () => {
  const ecs = fakeEcs({ states: [{ lastStatus: "PENDING" }, { lastStatus: "RUNNING" }, { lastStatus: "RUNNING" },
    { lastStatus: "STOPPED", exitCode: 0, stopCode: "EssentialContainerExited" }] });

  const result = await runOnce(ecs, INPUT, clock(), "request-1");

  assert.equal(result.status, "succeeded");
  assert.equal(result.exitCode, 0);
  assert.equal(result.taskArn, "arn:aws:ecs:us-east-1:123456789012:task/pulumi/task1");
  assert.equal(result.logStream, "pulumi-migrations/pulumi-migrations/task1");
  assert.equal(ecs.calls.runTask.length, 1);
  const run = ecs.calls.runTask[0];
  assert.equal(run.taskDefinition, TASK_DEFINITION);
  assert.equal(run.startedBy, runId(TASK_DEFINITION));
  assert.equal(run.networkConfiguration.awsvpcConfiguration.assignPublicIp, "DISABLED");
  assert.deepEqual(run.networkConfiguration.awsvpcConfiguration.subnets, INPUT.subnets);
});

test("a task that has already stopped at the first look (exits within a second) succeeds", async () => {
  const ecs = fakeEcs({ states: [{ lastStatus: "STOPPED", exitCode: 0 }] });

  const result = await runOnce(ecs, INPUT, clock(), "request-1");

  assert.equal(result.status, "succeeded");
  assert.equal(ecs.calls.runTask.length, 1);
});

test("a non-zero exit fails with the exit code, the task ARN and the log stream", async () => {
  const ecs = fakeEcs({ states: [{ lastStatus: "RUNNING" }, { lastStatus: "STOPPED", exitCode: 1, stopCode: "EssentialContainerExited" }] });

  await assert.rejects(runOnce(ecs, INPUT, clock(), "request-1"), (e) => {
    assert.match(e.message, /exited with code 1/);
    assert.match(e.message, /task\/pulumi\/task1/);
    assert.match(e.message, /pulumi-api-migrations-1a2b3c4 pulumi-migrations\/pulumi-migrations\/task1/);
    return true;
  });
});

test("a task that cannot start (image pull) fails with the stop reason", async () => {
  const ecs = fakeEcs({ states: [{ lastStatus: "STOPPED", stopCode: "TaskFailedToStart",
    stoppedReason: "CannotPullContainerError: pull rate limit", reason: "CannotPullContainerError" }] });

  await assert.rejects(runOnce(ecs, INPUT, clock(), "request-1"), /did not run to completion \(TaskFailedToStart: CannotPullContainerError: pull rate limit; container: CannotPullContainerError\)/);
});

test("RunTask failures (no capacity) fail with ECS's reasons", async () => {
  const ecs = fakeEcs({ runFailures: [{ reason: "RESOURCE:MEMORY", detail: "no capacity" }] });

  await assert.rejects(runOnce(ecs, INPUT, clock(), "request-1"), /could not start a task of .*pulumi-migrations:7: RESOURCE:MEMORY \(no capacity\)/);
});

test("a run that outlives the invocation fails saying so, and the next invocation waits for it", async () => {
  const running = Array.from({ length: 100 }, () => ({ lastStatus: "RUNNING" }));
  const ecs = fakeEcs({ states: [...running, { lastStatus: "STOPPED", exitCode: 0 }] });

  await assert.rejects(runOnce(ecs, INPUT, clock(60_000), "request-1"), /is still running; run pulumi up again to wait for it \(it is not started twice\)/);
  assert.equal(ecs.calls.runTask.length, 1);

  const result = await runOnce(ecs, INPUT, clock(), "request-2");

  assert.equal(result.status, "succeeded");
  assert.equal(ecs.calls.runTask.length, 1, "the second invocation must not start another task");
});

test("a run of this revision that succeeded while nobody waited is not run again", async () => {
  const id = runId(TASK_DEFINITION);
  const ecs = fakeEcs({ existing: [{ taskArn: "arn:aws:ecs:us-east-1:123456789012:task/pulumi/done", taskDefinitionArn: TASK_DEFINITION,
    startedBy: id, state: { lastStatus: "STOPPED", exitCode: 0 } }] });

  const result = await runOnce(ecs, INPUT, clock(), "request-1");

  assert.equal(result.status, "succeeded earlier");
  assert.equal(result.taskArn, "arn:aws:ecs:us-east-1:123456789012:task/pulumi/done");
  assert.equal(ecs.calls.runTask.length, 0);
});

test("a run of another revision in progress is waited for before this one starts", async () => {
  const other = "arn:aws:ecs:us-east-1:123456789012:task-definition/pulumi-migrations:6";
  const ecs = fakeEcs({ existing: [{ taskArn: "arn:aws:ecs:us-east-1:123456789012:task/pulumi/older", taskDefinitionArn: other,
    startedBy: runId(other), states: [{ lastStatus: "RUNNING" }, { lastStatus: "RUNNING" }, { lastStatus: "STOPPED", exitCode: 0 }] }] });
  const time = clock();

  const result = await runOnce(ecs, INPUT, time, "request-1");

  assert.equal(result.status, "succeeded");
  assert.equal(ecs.calls.runTask.length, 1);
  assert.ok(ecs.tasks.get("arn:aws:ecs:us-east-1:123456789012:task/pulumi/older").step >= 3, "the older run was watched to its end first");
});

test("two invocations racing for one revision both succeed when one task does the work", async () => {
  // Both list before either starts a task; the migrator's lock lets one task work, the other exit 1.
  const ecs = fakeEcs({ statesByRun: [[{ lastStatus: "RUNNING" }, { lastStatus: "STOPPED", exitCode: 0 }],
    [{ lastStatus: "STOPPED", exitCode: 1 }]] });

  const [a, b] = await Promise.all([runOnce(ecs, INPUT, clock(), "request-a"), runOnce(ecs, INPUT, clock(), "request-b")]);

  assert.equal(a.taskArn, b.taskArn);
  assert.deepEqual([a.status, b.status].sort(), ["succeeded", "succeeded in a concurrent run"]);
});

test("after a failed run, the next invocation runs the revision again with a token of its own", async () => {
  const ecs = fakeEcs({ statesByRun: [[{ lastStatus: "STOPPED", exitCode: 1 }], [{ lastStatus: "STOPPED", exitCode: 0 }]] });
  await assert.rejects(runOnce(ecs, INPUT, clock(), "request-1"), /exited with code 1/);

  const result = await runOnce(ecs, INPUT, clock(), "request-2");

  assert.equal(result.status, "succeeded");
  assert.equal(ecs.calls.runTask.length, 2);
  assert.notEqual(ecs.calls.runTask[1].clientToken, ecs.calls.runTask[0].clientToken);
});

test("a retry after ECS forgot the failed task (hours later) starts a new task, not a replay", async () => {
  const ecs = fakeEcs({ statesByRun: [[{ lastStatus: "STOPPED", exitCode: 1 }], [{ lastStatus: "STOPPED", exitCode: 0 }]] });
  await assert.rejects(runOnce(ecs, INPUT, clock(), "request-1"), /exited with code 1/);
  ecs.tasks.clear(); // ECS keeps stopped tasks for about an hour

  const result = await runOnce(ecs, INPUT, clock(), "request-2");

  assert.equal(result.status, "succeeded");
  assert.equal(result.taskArn, "arn:aws:ecs:us-east-1:123456789012:task/pulumi/task2");
});

test("a task ECS does not know (MISSING) fails after a grace period instead of waiting out the invocation", async () => {
  const ecs = fakeEcs({ forgets: true });
  const time = clock();

  await assert.rejects(runOnce(ecs, INPUT, time, "request-1"), /ECS no longer knows task .*task1 \(MISSING\); run pulumi up again/);
  assert.ok(time.remainingMs() > 800_000, "it gave up after the grace period, not at the end of the invocation");
});

test("ids and names", () => {
  assert.match(runId(TASK_DEFINITION), /^run-[0-9a-f]{32}$/);
  assert.ok(clientToken(TASK_DEFINITION, "9f1c4e2a-8b7d-4c3e-a1f2-0d9e8c7b6a54").length <= 64, "the token fits ECS's 64 characters");
  assert.equal(clientToken(TASK_DEFINITION, "a"), clientToken(TASK_DEFINITION, "a"));
  assert.notEqual(clientToken(TASK_DEFINITION, "a"), clientToken(TASK_DEFINITION, "b"));
  assert.notEqual(runId(TASK_DEFINITION), runId(TASK_DEFINITION.replace(":7", ":8")));
  assert.equal(familyOf(TASK_DEFINITION), "pulumi-migrations");
  assert.equal(logStreamOf(INPUT, "arn:aws:ecs:us-east-1:123456789012:task/pulumi/abc"), "pulumi-migrations/pulumi-migrations/abc");
});

// Runs one Fargate task to completion for a `pulumi up`, once per task definition revision,
// and says loudly why when it did not succeed. The AWS calls come in as `ecs` (RunTask,
// DescribeTasks, ListTasks), so that the logic runs under unit tests without AWS.
//
// Guarantees:
// - singleton: a run of the same family already in progress (another `pulumi up`, an earlier
//   revision, the previous invocation of this one) is waited for, never run beside. Should two
//   invocations still start a task each (they listed at the same moment; Pulumi's stack lock
//   makes that rare), the migrator's database lock lets one of them work and the other exit:
//   an invocation whose task failed succeeds when another task of the same revision succeeded;
// - blocking and loud: the invocation succeeds only when the task's essential container exited
//   0; otherwise it fails with the exit code or stop reason, the task ARN and the log stream;
// - fast exits: a task that stopped before the first look is handled like any other;
// - bounded and resumable: when the invocation's time runs out first, it fails saying the task
//   is still running; the next invocation for the same revision waits for that task instead of
//   starting another.
//
// RunTask's idempotency token is new for every invocation (it covers the AWS SDK's own retries
// of the call). A token tied to the revision would make ECS answer a later run, for 24 hours,
// with the response it gave the first one, long after that task is gone.

import { createHash } from "node:crypto";

const POLL_MS = 5000;
/** Time kept back at the end of the invocation to report instead of being cut off. */
const MARGIN_MS = 15000;
/** How long a task ECS says it does not know may take to appear after RunTask. */
const MISSING_GRACE_MS = 60000;

/** The run's identity: the `startedBy` of every task of this revision. */
export function runId(taskDefinitionArn) {
  return "run-" + createHash("sha256").update(taskDefinitionArn).digest("hex").slice(0, 32);
}

/** RunTask's idempotency token for one invocation (at most 64 characters, as ECS allows). */
export function clientToken(taskDefinitionArn, invocationId) {
  return "t-" + createHash("sha256").update(taskDefinitionArn + "\n" + invocationId).digest("hex").slice(0, 40);
}

/** `family` of a task definition ARN (`.../task-definition/<family>:<revision>`). */
export function familyOf(taskDefinitionArn) {
  const name = taskDefinitionArn.slice(taskDefinitionArn.lastIndexOf("/") + 1);
  return name.includes(":") ? name.slice(0, name.lastIndexOf(":")) : name;
}

/** The awslogs stream of a task's container: `<prefix>/<container>/<task id>`. */
export function logStreamOf(input, taskArn) {
  const taskId = taskArn.slice(taskArn.lastIndexOf("/") + 1);
  return `${input.logStreamPrefix}/${input.containerName}/${taskId}`;
}

/**
 * @param ecs   `{ runTask(params), describeTasks(params), listTasks(params) }`, each returning the
 *              AWS response
 * @param input `{ cluster, taskDefinition, containerName, subnets, securityGroups, logGroup,
 *              logStreamPrefix }`
 * @param clock `{ now(), remainingMs(), sleep(ms) }`
 * @param invocationId what tells this invocation from others (Lambda's request id)
 */
export async function runOnce(ecs, input, clock, invocationId) {
  const id = runId(input.taskDefinition);
  const family = familyOf(input.taskDefinition);
  const timeLeft = () => clock.remainingMs() - MARGIN_MS;

  // ListTasks filters by family or by startedBy, not both: list the family, then tell this
  // revision's tasks (started by its run id) from the others.
  const running = await describe(ecs, input.cluster, await listTasks(ecs, input.cluster, { family, desiredStatus: "RUNNING" }));
  // A task of this revision is already running: a previous invocation ran out of time.
  let taskArn = running.find((task) => task.startedBy === id)?.taskArn;
  if (!taskArn) {
    // Another run of the family (another revision, another stack update) goes first.
    for (const other of running) {
      const stopped = await waitStopped(ecs, input.cluster, other.taskArn, timeLeft, clock);
      if (!stopped) {
        throw new Error(`another run of ${family} (task ${other.taskArn}) is still running; `
          + "run pulumi up again once it has finished, it will then run this revision");
      }
    }
    // This revision may have run to success already (an invocation that timed out while the
    // task went on): it is not run twice.
    const earlier = (await describe(ecs, input.cluster,
      await listTasks(ecs, input.cluster, { family, desiredStatus: "STOPPED" }))).filter((task) => task.startedBy === id);
    const succeeded = earlier.find((task) => exitCode(task, input.containerName) === 0);
    if (succeeded) {
      return result(input, succeeded, "succeeded earlier");
    }
    taskArn = (await runTask(ecs, input, id, clientToken(input.taskDefinition, invocationId ?? String(clock.now())))).taskArn;
  }

  const task = await waitStopped(ecs, input.cluster, taskArn, timeLeft, clock);
  if (!task) {
    throw new Error(`task ${taskArn} is still running; run pulumi up again to wait for it `
      + `(it is not started twice). Logs: ${input.logGroup} ${logStreamOf(input, taskArn)}`);
  }
  const code = exitCode(task, input.containerName);
  if (code === 0) {
    return result(input, task, "succeeded");
  }
  // Another task of this revision, started at the same moment, may have done the work.
  const sibling = (await describe(ecs, input.cluster, await listTasks(ecs, input.cluster, { family, desiredStatus: "STOPPED" })))
    .find((other) => other.startedBy === id && other.taskArn !== task.taskArn && exitCode(other, input.containerName) === 0);
  if (sibling) {
    return result(input, sibling, "succeeded in a concurrent run");
  }
  const why = code === undefined
    ? `did not run to completion (${task.stopCode ?? "no stop code"}: ${task.stoppedReason ?? "no reason given"}`
      + `${containerReason(task, input.containerName)})`
    : `exited with code ${code}`;
  throw new Error(`task ${task.taskArn} ${why}. Logs: ${input.logGroup} ${logStreamOf(input, task.taskArn)}`);
}

async function runTask(ecs, input, id, token) {
  const response = await ecs.runTask({
    cluster: input.cluster,
    taskDefinition: input.taskDefinition,
    count: 1,
    launchType: "FARGATE",
    platformVersion: input.platformVersion,
    startedBy: id,
    clientToken: token,
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: input.subnets,
        securityGroups: input.securityGroups,
        assignPublicIp: "DISABLED",
      },
    },
  });
  const failures = response.failures ?? [];
  const task = (response.tasks ?? [])[0];
  if (!task) {
    const reasons = failures.map((f) => `${f.reason ?? "unknown"}${f.detail ? " (" + f.detail + ")" : ""}`).join("; ");
    throw new Error(`ECS could not start a task of ${input.taskDefinition}: ${reasons || "no task and no reason returned"}`);
  }
  return task;
}

/**
 * The task once it has stopped, or null when the time left runs out first. A task ECS reports
 * as MISSING for longer than right after RunTask is gone (ECS forgets stopped tasks after
 * about an hour): that is an error, not a reason to wait.
 */
async function waitStopped(ecs, cluster, taskArn, timeLeft, clock) {
  let missingSince;
  for (;;) {
    const response = await ecs.describeTasks({ cluster, tasks: [taskArn] });
    const task = (response.tasks ?? [])[0];
    if (task && task.lastStatus === "STOPPED") {
      return task;
    }
    if (!task) {
      const failure = (response.failures ?? []).find((f) => f.arn === taskArn) ?? (response.failures ?? [])[0];
      missingSince = missingSince ?? clock.now();
      if (clock.now() - missingSince >= MISSING_GRACE_MS) {
        throw new Error(`ECS no longer knows task ${taskArn} (${failure?.reason ?? "not returned"}); `
          + "run pulumi up again to run it anew");
      }
    } else {
      missingSince = undefined;
    }
    if (timeLeft() <= POLL_MS) {
      return null;
    }
    await clock.sleep(POLL_MS);
  }
}

async function listTasks(ecs, cluster, filter) {
  const arns = [];
  let nextToken;
  do {
    const page = await ecs.listTasks({ cluster, ...filter, nextToken });
    arns.push(...(page.taskArns ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return arns;
}

async function describe(ecs, cluster, taskArns) {
  const tasks = [];
  // DescribeTasks takes at most 100 tasks a call.
  for (let i = 0; i < taskArns.length; i += 100) {
    const response = await ecs.describeTasks({ cluster, tasks: taskArns.slice(i, i + 100) });
    tasks.push(...(response.tasks ?? []));
  }
  return tasks;
}

function exitCode(task, containerName) {
  const container = (task.containers ?? []).find((c) => c.name === containerName);
  return container?.exitCode ?? undefined;
}

function containerReason(task, containerName) {
  const container = (task.containers ?? []).find((c) => c.name === containerName);
  return container?.reason ? `; container: ${container.reason}` : "";
}

function result(input, task, status) {
  return {
    status,
    taskArn: task.taskArn,
    taskDefinition: input.taskDefinition,
    exitCode: 0,
    logGroup: input.logGroup,
    logStream: logStreamOf(input, task.taskArn),
  };
}

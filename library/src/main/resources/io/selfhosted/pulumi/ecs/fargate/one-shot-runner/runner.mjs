// Runs one Fargate task to completion for a `pulumi up`, exactly once per task definition
// revision, and says loudly why when it did not succeed. The AWS calls come in as `ecs`
// (RunTask, DescribeTasks, ListTasks), so that the logic runs under unit tests without AWS.
//
// Guarantees:
// - singleton: a run of the same family already in progress (another `pulumi up`, an earlier
//   revision, the previous invocation of this one) is waited for, never run beside; RunTask is
//   called with an idempotency token derived from the revision (ECS keeps it 24 hours), so two
//   invocations racing for the same revision, or an invocation the AWS SDK retries, start one
//   task;
// - blocking and loud: the invocation succeeds only when the task's essential container exited
//   0; otherwise it fails with the exit code or stop reason, the task ARN and the log stream;
// - fast exits: a task that stopped before the first look is handled like any other;
// - bounded and resumable: when the invocation's time runs out first, it fails saying the task
//   is still running; the next invocation for the same revision waits for that task instead of
//   starting another.

import { createHash } from "node:crypto";

const POLL_MS = 5000;
/** Time kept back at the end of the invocation to report instead of being cut off. */
const MARGIN_MS = 15000;

/** The run's identity: `startedBy` and idempotency token of every task of this revision. */
export function runId(taskDefinitionArn) {
  return "run-" + createHash("sha256").update(taskDefinitionArn).digest("hex").slice(0, 32);
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
 */
export async function runOnce(ecs, input, clock) {
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
    // The token makes racing invocations of one revision start one task; a failed earlier
    // task counts as an attempt, so that a new `pulumi up` after a failure runs it again.
    taskArn = await start(ecs, input, id, `${id}-${earlier.length}`, clock);
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
  const why = code === undefined
    ? `did not run to completion (${task.stopCode ?? "no stop code"}: ${task.stoppedReason ?? "no reason given"}`
      + `${containerReason(task, input.containerName)})`
    : `exited with code ${code}`;
  throw new Error(`task ${task.taskArn} ${why}. Logs: ${input.logGroup} ${logStreamOf(input, task.taskArn)}`);
}

async function start(ecs, input, id, token, clock) {
  const startedAt = clock.now();
  let task = await runTask(ecs, input, id, token);
  if (task.lastStatus === "STOPPED" && exitCode(task, input.containerName) !== 0 && createdBefore(task, startedAt)) {
    // The token still names an old failed task that ECS no longer lists: start anew.
    task = await runTask(ecs, input, id, `${id}-${startedAt}`);
  }
  return task.taskArn;
}

function createdBefore(task, time) {
  const created = task.createdAt instanceof Date ? task.createdAt.getTime() : Date.parse(task.createdAt ?? "");
  return Number.isFinite(created) && created < time;
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

/** The task once it has stopped, or null when the time left runs out first. */
async function waitStopped(ecs, cluster, taskArn, timeLeft, clock) {
  for (;;) {
    const [task] = await describe(ecs, cluster, [taskArn]);
    // Right after RunTask, DescribeTasks may not know the task yet: keep looking.
    if (task && task.lastStatus === "STOPPED") {
      return task;
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

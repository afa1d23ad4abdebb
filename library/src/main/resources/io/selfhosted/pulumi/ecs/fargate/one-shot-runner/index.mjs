// The Lambda entry point: wires the AWS SDK's ECS client (built into the Node.js runtime) to the
// runner. Everything worth testing is in runner.mjs.
import { DescribeTasksCommand, ECSClient, ListTasksCommand, RunTaskCommand } from "@aws-sdk/client-ecs";
import { runOnce } from "./runner.mjs";

const client = new ECSClient({});
const ecs = {
  runTask: (params) => client.send(new RunTaskCommand(params)),
  describeTasks: (params) => client.send(new DescribeTasksCommand(params)),
  listTasks: (params) => client.send(new ListTasksCommand(params)),
};

export const handler = async (event, context) => runOnce(ecs, event, {
  now: () => Date.now(),
  remainingMs: () => context.getRemainingTimeInMillis(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}, context.awsRequestId);

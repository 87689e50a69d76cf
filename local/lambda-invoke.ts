import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { FUNCTIONS, type FunctionDeclaration, type FunctionKey } from '../resources/desk-resources.ts';

// biome-ignore lint/suspicious/noExplicitAny: handlers differ in event and result types.
export type LambdaHandler = (event: any, context: Context) => Promise<unknown>;

export interface LoadedHandler {
  readonly handler: LambdaHandler;
  readonly declaration: FunctionDeclaration;
}

export type HandlerLoader = (key: FunctionKey) => Promise<LoadedHandler>;

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Imports each handler module once, from the same entry file the CDK stack bundles. The caller
 * sets the environment (table name, queue URLs, endpoints) before the first load, as Lambda would.
 */
export function handlerLoader(): HandlerLoader {
  const cache = new Map<FunctionKey, Promise<LoadedHandler>>();
  return (key) => {
    let loaded = cache.get(key);
    if (!loaded) {
      const declaration: FunctionDeclaration = FUNCTIONS[key];
      loaded = import(pathToFileURL(path.join(repositoryRoot, declaration.entry)).href).then((module) => {
        if (typeof module.handler !== 'function')
          throw new Error(`${declaration.entry} does not export handler`);
        return { handler: module.handler as LambdaHandler, declaration };
      });
      cache.set(key, loaded);
    }
    return loaded;
  };
}

export function lambdaContext(
  key: FunctionKey,
  declaration: FunctionDeclaration,
  requestId: string,
): Context {
  const deadline = Date.now() + declaration.timeoutSeconds * 1000;
  const functionName = `privacy-desk-${key}`;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: String(declaration.memoryMb),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

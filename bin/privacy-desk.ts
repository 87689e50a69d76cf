#!/usr/bin/env node
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError } from '../domain/config/load-desk-config.ts';
import { buildDeskApp } from '../lib/desk-stack.ts';

function build() {
  try {
    return buildDeskApp();
  } catch (error) {
    // An invalid configuration file or context value: one line per problem, no stack trace.
    if (
      error instanceof ConfigError ||
      (error instanceof Error && error.message.startsWith('Invalid desk context'))
    ) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const { app } = build();

// cdk-nag 3 runs as a CDK policy-validation plugin: an unacknowledged AwsSolutions finding fails
// synth. Acknowledgements (with their reasons) sit next to the resources they concern.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

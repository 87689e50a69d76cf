#!/usr/bin/env node
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError } from '../domain/config/load-desk-config.ts';
import { controlTowerChecks } from '../lib/control-tower.ts';
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

// cdk-nag 3 and the AWS Control Tower proactive controls (cfn-guard) run as CDK policy-validation
// plugins: an unacknowledged AwsSolutions finding or a failing control fails synth.
// Acknowledgements (with their reasons) sit next to the resources they concern.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }), controlTowerChecks());

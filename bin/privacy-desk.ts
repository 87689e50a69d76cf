#!/usr/bin/env node
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildDeskApp } from '../lib/desk-stack.ts';

const { app } = buildDeskApp();

// cdk-nag 3 runs as a CDK policy-validation plugin: an unacknowledged AwsSolutions finding fails
// synth. Acknowledgements (with their reasons) sit next to the resources they concern.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

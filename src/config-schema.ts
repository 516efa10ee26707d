// The shape of dpia.config.yaml, as data: scripts/build.mjs evaluates this module at build
// time and bundles the result, so no command builds it with TypeBox at start-up (see
// src/model/lazy-typebox.ts). Only data may be exported here.
import { Type as T } from '@sinclair/typebox';
import { ControllerSchema } from './model/schema.ts';

export const AuthoritySchema = T.Object({
  name: T.Optional(T.String()),
  address: T.Optional(T.String()),
  website: T.Optional(T.String()),
  phone: T.Optional(T.String()),
  email: T.Optional(T.String()),
});

export const ConfigSchema = T.Object({
  assessments: T.Optional(T.String({ description: 'Folder (or glob) where assessments live' })),
  ignore: T.Optional(T.Array(T.String(), { description: 'Files and folders that check, status and export pass over when they search folders and globs, as gitignore patterns relative to this file (.gitignore files are honoured too)' })),
  language: T.Optional(T.String({ description: 'Language of the output: the code of a message catalogue (i18n/<code>/)' })),
  controller: T.Optional(ControllerSchema),
  authority: T.Optional(AuthoritySchema),
  rules: T.Optional(T.Record(T.String(), T.Union([T.Literal('off'), T.Literal('warn'), T.Literal('error')]))),
  templates: T.Optional(T.String({ description: 'Folder of template overrides' })),
  requiredSignoffs: T.Optional(T.Array(T.String(), { description: 'Roles that must sign before an assessment is approved (default: dpo, risk-owner)' })),
  roles: T.Optional(T.Array(T.String(), { description: 'Further roles that may sign, e.g. ciso, legal (dpia approve refuses a role it does not know)' })),
});


// Turns untrusted input into a command, or a typed error that names the field at fault.
import type { z } from 'zod';
import { fail, ok } from '../result.ts';
import { commandSchema, type Command } from './commands.ts';
import { domainError, type DomainError } from './errors.ts';
import type { DomainResult } from './handler.ts';
import { isInvalidTextIssue } from './text-schema.ts';

/** Validates untrusted input against the command schemas. */
export function parseCommand(input: unknown): DomainResult<Command> {
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(describeIssue(parsed.error.issues[0]));
}

/** A field holding an instant (…At) or a duration (…Ms), by the protocol's naming rule. */
function isTimeValue(path: string): boolean {
  return /(At|Ms)$/.test(path);
}

/** One zod issue as a Rostrum error: a too-long text has its own code. */
export function describeIssue(issue: z.core.$ZodIssue | undefined): DomainError {
  if (!issue) return domainError('invalidCommand', 'Invalid command.');
  const path = issue.path.map(String).join('.');
  const where = path === '' ? 'command' : path;
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return domainError(
      'textTooLong',
      `${where}: too long, at most ${String(issue.maximum)} characters.`,
      path,
    );
  }
  if (isInvalidTextIssue(issue)) {
    return domainError('invalidText', `${where}: ${issue.message}`, path);
  }
  if (isTimeValue(path) && (issue.code === 'too_big' || issue.code === 'too_small')) {
    return domainError('outOfRange', `${where}: ${issue.message}`, path);
  }
  if (path === 'timeZone') {
    return domainError('invalidTimeZone', `timeZone: ${issue.message}`, path);
  }
  if (path === 'sittings' || path.startsWith('sittings.')) {
    return domainError('invalidSittings', `${path}: ${issue.message}`, path);
  }
  if (issue.code === 'invalid_union' && path === 'type') {
    return domainError('invalidCommand', 'Unknown command type.', path);
  }
  return domainError('invalidCommand', `${where}: ${issue.message}`, path);
}

/**
 * How a rule names its message: {@link msg} with a key of the catalogues and
 * the entry's parameters, checked at compile time against the keys of the
 * three rule families (`rules/<family>/messages/params.ts`).
 */
import type { Message } from '../messages.js';
import type { ConventionMessageParams } from './convention/messages/params.js';
import type { TableauDerogationsMessageParams } from './derogations/messages/params.js';
import type { PagMessageParams } from './pag/messages/params.js';

/** The parameters of every rule message, by key. */
export interface RuleMessageParams extends PagMessageParams, ConventionMessageParams, TableauDerogationsMessageParams {}

/** A key of a rule message. */
export type RuleMessageKey = keyof RuleMessageParams & string;

/** A rule message: its key and, when the entry has some, its parameters. Nothing is written here. */
export function msg<K extends RuleMessageKey>(key: K, ...params: RuleMessageParams[K] extends undefined ? [] : [RuleMessageParams[K]]): Message;
export function msg(key: string, params?: unknown): Message {
  return { key, params };
}

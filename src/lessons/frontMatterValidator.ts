/**
 * Validation of a lesson's front matter, field by field. Each check names the file and the field
 * of the first problem (LessonError), so a writer can fix a typo from the test output alone.
 */
import { PROVIDERS, isProvider, type Provider } from '../sim/provider.ts';
import { MATCHER_KEYS, type Goal, type GoalMatcher } from './goals.ts';
import type { ExpectationCase, FileExpectation, LessonSettings, ModelPatch, Predict } from './types.ts';
import type { Symptoms } from './symptoms.ts';

const GOAL_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class LessonError extends Error {
  constructor(lessonId: string, file: string, field: string | null, message: string) {
    super(`lessons/${lessonId}/${file}${field ? ` (${field})` : ''}: ${message}`);
    this.name = 'LessonError';
  }
}

type Obj = Record<string, unknown>;

export class Validator {
  constructor(
    private lessonId: string,
    private file: string,
  ) {}

  fail(field: string, message: string): never {
    throw new LessonError(this.lessonId, this.file, field, message);
  }

  object(x: unknown, field: string): Obj {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) this.fail(field, 'must be a map');
    return x as Obj;
  }

  record(x: unknown, field: string): Obj {
    if (x === undefined) this.fail(field, 'is required');
    return this.object(x, field);
  }

  keys(x: Obj, field: string, allowed: string[]): void {
    for (const k of Object.keys(x)) {
      if (!allowed.includes(k)) this.fail(field, `unknown key "${k}" (allowed: ${allowed.join(', ')})`);
    }
  }

  string(x: unknown, field: string): string {
    if (typeof x !== 'string' || x.trim() === '') this.fail(field, 'must be a non-empty string');
    return x as string;
  }

  boolean(x: unknown, field: string): boolean {
    if (typeof x !== 'boolean') this.fail(field, 'must be true or false');
    return x as boolean;
  }

  integer(x: unknown, field: string, min = 0): number {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min)
      this.fail(field, `must be an integer ≥ ${min}`);
    return x as number;
  }

  number(x: unknown, field: string): number {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) this.fail(field, 'must be a number ≥ 0');
    return x as number;
  }

  array(x: unknown, field: string): unknown[] {
    if (!Array.isArray(x)) this.fail(field, 'must be a list');
    return x as unknown[];
  }

  strings(x: unknown, field: string): string[] {
    return this.array(x, field).map((s, i) => this.string(s, `${field}[${i}]`));
  }

  trueFlag(x: unknown, field: string): true {
    if (x !== true) this.fail(field, 'must be true');
    return true;
  }

  settings(x: unknown, field: string): LessonSettings {
    const o = this.object(x, field);
    this.keys(o, field, ['latencyMs', 'jitterMs', 'seed', 'provider']);
    const out: LessonSettings = {};
    if (o.provider !== undefined) {
      if (!isProvider(o.provider)) this.fail(`${field}.provider`, `must be one of ${PROVIDERS.join(', ')}`);
      out.provider = o.provider;
    }
    if (o.latencyMs !== undefined) out.latencyMs = this.number(o.latencyMs, `${field}.latencyMs`);
    if (o.jitterMs !== undefined) out.jitterMs = this.number(o.jitterMs, `${field}.jitterMs`);
    if (o.seed !== undefined) out.seed = this.integer(o.seed, `${field}.seed`);
    return out;
  }

  model(x: unknown, field: string): ModelPatch {
    const o = this.object(x, field);
    this.keys(o, field, ['addProperties']);
    const addProperties = this.array(o.addProperties, `${field}.addProperties`).map((p, i) => {
      const f = `${field}.addProperties[${i}]`;
      const po = this.object(p, f);
      this.keys(po, f, ['entity', 'name', 'type', 'default', 'concurrencyToken']);
      const type = this.string(po.type, `${f}.type`);
      if (!['int', 'string', 'double', 'bool', 'datetime'].includes(type))
        this.fail(`${f}.type`, `unknown type "${type}"`);
      const def = po.default;
      if (!(def === null || ['string', 'number', 'boolean'].includes(typeof def)))
        this.fail(`${f}.default`, 'must be a scalar');
      return {
        entity: this.string(po.entity, `${f}.entity`),
        name: this.string(po.name, `${f}.name`),
        type: type as ModelPatch['addProperties'][number]['type'],
        default: def as string | number | boolean | null,
        ...(po.concurrencyToken !== undefined
          ? { concurrencyToken: this.trueFlag(po.concurrencyToken, `${f}.concurrencyToken`) }
          : {}),
      };
    });
    return { addProperties };
  }

  symptoms(x: unknown, field: string): Symptoms {
    const o = this.object(x, field);
    this.keys(o, field, ['messages', 'clues']);
    const patterns = (k: 'messages' | 'clues') =>
      (o[k] === undefined ? [] : this.strings(o[k], `${field}.${k}`)).map((p, i) => {
        // Short patterns match too much of a stack trace; a bare `…` matches anything.
        if (p.replace(/…/g, '').trim().length < 8)
          this.fail(`${field}.${k}[${i}]`, 'needs at least 8 characters besides "…"');
        return p;
      });
    const messages = patterns('messages');
    if (messages.length === 0) this.fail(`${field}.messages`, 'needs at least one message (clues only rank)');
    return { messages, clues: patterns('clues') };
  }

  predict(x: unknown, field: string): Predict {
    const o = this.object(x, field);
    this.keys(o, field, ['question', 'options', 'answer', 'explanation']);
    const options = this.strings(o.options, `${field}.options`);
    if (options.length < 2) this.fail(`${field}.options`, 'needs at least two options');
    const answer = this.integer(o.answer, `${field}.answer`);
    if (answer >= options.length)
      this.fail(`${field}.answer`, `must index options (0..${options.length - 1})`);
    return {
      question: this.string(o.question, `${field}.question`),
      options,
      answer,
      ...(o.explanation !== undefined
        ? { explanation: this.string(o.explanation, `${field}.explanation`) }
        : {}),
    };
  }

  exceptionSpec(x: unknown, field: string): { type: string; line?: number; messageIncludes?: string } {
    const o = this.object(x, field);
    this.keys(o, field, ['type', 'line', 'messageIncludes']);
    return {
      type: this.string(o.type, `${field}.type`),
      ...(o.line !== undefined ? { line: this.integer(o.line, `${field}.line`, 1) } : {}),
      ...(o.messageIncludes !== undefined
        ? { messageIncludes: this.string(o.messageIncludes, `${field}.messageIncludes`) }
        : {}),
    };
  }

  overlap(x: unknown, field: string): { count: number; distinctContexts?: boolean } {
    const o = this.object(x, field);
    this.keys(o, field, ['count', 'distinctContexts']);
    if (o.distinctContexts !== undefined && typeof o.distinctContexts !== 'boolean')
      this.fail(`${field}.distinctContexts`, 'must be a boolean');
    return {
      count: this.integer(o.count, `${field}.count`, 1),
      ...(o.distinctContexts !== undefined ? { distinctContexts: o.distinctContexts as boolean } : {}),
    };
  }

  /** Parses the one matcher key of a goal-like map (the other keys are the caller's). */
  matcher(o: Obj, field: string, otherKeys: string[]): GoalMatcher {
    this.keys(o, field, [...otherKeys, ...MATCHER_KEYS]);
    const present = MATCHER_KEYS.filter((k) => o[k] !== undefined);
    if (present.length !== 1) {
      this.fail(
        field,
        present.length
          ? `has several matchers (${present.join(', ')}); use one per goal`
          : `needs one matcher (${MATCHER_KEYS.join(', ')})`,
      );
    }
    const key = present[0];
    const value = o[key];
    const f = `${field}.${key}`;
    switch (key) {
      case 'outcome':
        if (value !== 'ok' && value !== 'threw' && value !== 'stopped')
          this.fail(f, 'must be ok, threw or stopped');
        return { outcome: value as 'ok' | 'threw' | 'stopped' };
      case 'noException':
      case 'noUnobserved':
      case 'noCollision':
      case 'noIdentityConflict':
        return { [key]: this.trueFlag(value, f) };
      case 'exception':
      case 'raises':
      case 'unobserved':
        return { [key]: this.exceptionSpec(value, f) };
      case 'collision': {
        if (value === true) return { collision: true };
        const c = this.object(value, f);
        this.keys(c, f, ['line']);
        return { collision: c.line !== undefined ? { line: this.integer(c.line, `${f}.line`, 1) } : {} };
      }
      case 'identityConflict': {
        if (value === true) return { identityConflict: true };
        const c = this.object(value, f);
        this.keys(c, f, ['entity', 'line']);
        return {
          identityConflict: {
            ...(c.entity !== undefined ? { entity: this.string(c.entity, `${f}.entity`) } : {}),
            ...(c.line !== undefined ? { line: this.integer(c.line, `${f}.line`, 1) } : {}),
          },
        };
      }
      case 'minOverlap':
      case 'maxOverlap':
        return { [key]: this.overlap(value, f) };
      case 'maxOverlapOnOneContext':
      case 'maxContexts':
      case 'minContexts':
      case 'maxConnections':
      case 'minConnections':
        return { [key]: this.integer(value, f) };
      case 'maxDurationMs':
      case 'minDurationMs':
        return { [key]: this.number(value, f) };
      case 'minOperations': {
        if (typeof value === 'number') return { minOperations: this.integer(value, f, 1) };
        const c = this.object(value, f);
        this.keys(c, f, ['count', 'kind']);
        const kind = c.kind === undefined ? undefined : this.string(c.kind, `${f}.kind`);
        if (kind !== undefined && !['query', 'save', 'find', 'raw', 'tracking', 'dispose'].includes(kind))
          this.fail(`${f}.kind`, `unknown kind "${kind}"`);
        return {
          minOperations: { count: this.integer(c.count, `${f}.count`, 1), ...(kind ? { kind } : {}) },
        };
      }
      case 'updateColumns': {
        const c = this.object(value, f);
        this.keys(c, f, ['table', 'columns']);
        const columns = this.strings(c.columns, `${f}.columns`);
        if (columns.length === 0) this.fail(`${f}.columns`, 'needs at least one column');
        return { updateColumns: { table: this.string(c.table, `${f}.table`), columns } };
      }
      case 'sqlIncludes':
      case 'sqlExcludes':
      case 'consoleIncludes':
      case 'consoleExcludes':
        return { [key]: this.string(value, f) };
      case 'sqlCount': {
        const c = this.object(value, f);
        this.keys(c, f, ['includes', 'min', 'max']);
        if (c.min === undefined && c.max === undefined) this.fail(f, 'needs min or max');
        return {
          sqlCount: {
            includes: this.string(c.includes, `${f}.includes`),
            ...(c.min !== undefined ? { min: this.integer(c.min, `${f}.min`) } : {}),
            ...(c.max !== undefined ? { max: this.integer(c.max, `${f}.max`) } : {}),
          },
        };
      }
    }
    return this.fail(f, 'unsupported matcher');
  }

  goal(x: unknown, field: string): Goal {
    const o = this.object(x, field);
    const id = this.string(o.id, `${field}.id`);
    if (!GOAL_ID_PATTERN.test(id)) this.fail(`${field}.id`, `must be kebab-case, got "${id}"`);
    const matcher = this.matcher(o, field, ['id', 'text', 'optional', 'requires']);
    const goal: Goal = { id, text: this.string(o.text, `${field}.text`), ...matcher };
    if (o.optional !== undefined) {
      if (typeof o.optional !== 'boolean') this.fail(`${field}.optional`, 'must be a boolean');
      if (o.optional) goal.optional = true;
    }
    if (o.requires !== undefined) {
      const r = this.object(o.requires, `${field}.requires`);
      this.keys(r, `${field}.requires`, ['minLatencyMs', 'maxLatencyMs', 'minJitterMs', 'provider']);
      goal.requires = {};
      if (r.provider !== undefined) {
        const list = Array.isArray(r.provider) ? (r.provider as unknown[]) : [r.provider];
        if (list.length === 0 || !list.every(isProvider))
          this.fail(`${field}.requires.provider`, `must be one or a list of ${PROVIDERS.join(', ')}`);
        goal.requires.provider = Array.isArray(r.provider) ? (list as Provider[]) : (r.provider as Provider);
      }
      for (const k of ['minLatencyMs', 'maxLatencyMs', 'minJitterMs'] as const) {
        if (r[k] !== undefined) goal.requires[k] = this.number(r[k], `${field}.requires.${k}`);
      }
    }
    return goal;
  }

  inlineCheck(x: unknown, field: string): Goal {
    const o = this.object(x, field);
    const matcher = this.matcher(o, field, ['requires']);
    return { id: field, text: field, ...matcher };
  }

  fileExpectation(x: unknown, field: string, goalIds: Set<string>): FileExpectation {
    const o = this.object(x, field);
    const caseKeys = ['settings', 'meets', 'fails', 'checks', 'exception', 'seeds', 'flaky'];
    const head = (): Pick<FileExpectation, 'title' | 'variant'> => ({
      ...(o.title !== undefined ? { title: this.string(o.title, `${field}.title`) } : {}),
      ...(o.variant !== undefined ? { variant: this.boolean(o.variant, `${field}.variant`) } : {}),
    });
    if (o.cases !== undefined) {
      this.keys(o, field, ['title', 'variant', 'cases']);
      const cases = this.array(o.cases, `${field}.cases`).map((c, i) =>
        this.case(c, `${field}.cases[${i}]`, caseKeys, goalIds),
      );
      if (cases.length === 0) this.fail(`${field}.cases`, 'needs at least one case');
      return { ...head(), cases };
    }
    this.keys(o, field, ['title', 'variant', ...caseKeys]);
    const { title: _title, variant: _variant, ...rest } = o;
    return { ...head(), cases: [this.case(rest, field, caseKeys, goalIds)] };
  }

  case(x: unknown, field: string, caseKeys: string[], goalIds: Set<string>): ExpectationCase {
    const o = this.object(x, field);
    this.keys(o, field, caseKeys);
    const ids = (k: 'meets' | 'fails' | 'flaky') => {
      const list = o[k] === undefined ? [] : this.strings(o[k], `${field}.${k}`);
      for (const id of list) if (!goalIds.has(id)) this.fail(`${field}.${k}`, `no goal with id "${id}"`);
      return list;
    };
    const meets = ids('meets');
    const fails = ids('fails');
    const flaky = ids('flaky');
    for (const id of meets)
      if (fails.includes(id)) this.fail(field, `goal "${id}" is in both meets and fails`);
    const checks =
      o.checks === undefined
        ? []
        : this.array(o.checks, `${field}.checks`).map((c, i) => this.inlineCheck(c, `${field}.checks[${i}]`));
    if (o.exception !== undefined) {
      checks.unshift({
        id: `${field}.exception`,
        text: `${field}.exception`,
        exception: this.exceptionSpec(o.exception, `${field}.exception`),
      });
    }
    const seeds = o.seeds === undefined ? undefined : this.integer(o.seeds, `${field}.seeds`, 2);
    if (flaky.length && seeds === undefined) this.fail(`${field}.flaky`, 'needs seeds: N');
    if (meets.length + fails.length + checks.length + flaky.length === 0)
      this.fail(field, 'says nothing: add meets, fails, exception or checks');
    return {
      ...(o.settings !== undefined ? { settings: this.settings(o.settings, `${field}.settings`) } : {}),
      meets,
      fails,
      checks,
      ...(seeds !== undefined ? { seeds } : {}),
      flaky,
    };
  }
}

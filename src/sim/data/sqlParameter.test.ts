import { describe, expect, it } from 'vitest';
import { formatExecutedCommand } from './commandLog.ts';
import { bindValue, formatParameter, formatParameters, makeParameter } from './sqlParameter.ts';
import { formatDbDateTime, fromDbValue, parseDbDateTime, toDbValue } from './sqlValue.ts';

describe('formatParameter (DbParameterCollectionExtensions.FormatParameter)', () => {
  it('with sensitive data logging', () => {
    expect(formatParameter(makeParameter('id', 1, 'int'), true)).toBe("@id='1'");
    expect(formatParameter(makeParameter('city', 'London', 'string'), true)).toBe(
      "@city='London' (Size = 6)",
    );
    expect(formatParameter(makeParameter('min', 12.5, 'double'), true)).toBe("@min='12.5'");
    expect(formatParameter(makeParameter('min', 10, 'double'), true)).toBe("@min='10'");
    expect(formatParameter(makeParameter('open', true, 'bool'), true)).toBe("@open='True'");
    expect(formatParameter(makeParameter('p4', null, 'string', { nullable: true }), true)).toBe('@p4=NULL');
    expect(formatParameter(makeParameter('p0', null, 'string', { nullable: false }), true)).toBe(
      '@p0=NULL (Nullable = false)',
    );
    expect(formatParameter(makeParameter('at', new Date(Date.UTC(2015, 3, 10)), 'datetime'), true)).toBe(
      "@at='2015-04-10T00:00:00.0000000' (DbType = DateTime)",
    );
    expect(
      formatParameter(
        makeParameter('p0', new Date(Date.UTC(2025, 0, 5, 9, 30, 0, 250)), 'datetime', { nullable: true }),
        true,
      ),
    ).toBe("@p0='2025-01-05T09:30:00.2500000' (Nullable = true) (DbType = DateTime)");
    expect(formatParameter(makeParameter('p0', null, 'datetime', { nullable: true }), true)).toBe(
      '@p0=NULL (DbType = DateTime)',
    );
    expect(formatParameter(makeParameter('p0', 'x', 'string', { size: 100 }), true)).toBe(
      "@p0='x' (Size = 100)",
    );
  });

  it('without sensitive data logging: values hidden, DbType shown unless String', () => {
    expect(formatParameter(makeParameter('id', 1, 'int'), false)).toBe("@id='?' (DbType = Int32)");
    expect(formatParameter(makeParameter('name', 'Alice', 'string'), false)).toBe("@name='?' (Size = 5)");
    expect(formatParameter(makeParameter('t', 1.5, 'double'), false)).toBe("@t='?' (DbType = Double)");
    expect(formatParameter(makeParameter('b', false, 'bool'), false)).toBe("@b='?' (DbType = Boolean)");
    expect(formatParameter(makeParameter('p0', null, 'string', { nullable: false }), false)).toBe("@p0='?'");
  });

  it('joins entries with a comma', () => {
    expect(formatParameters([makeParameter('p4', 1, 'int'), makeParameter('p3', 2, 'int')], true)).toBe(
      "@p4='1', @p3='2'",
    );
  });

  it('binds booleans as 0/1', () => {
    expect(bindValue(makeParameter('b', true, 'bool'))).toBe(1);
    expect(bindValue(makeParameter('b', false, 'bool'))).toBe(0);
  });
});

describe('formatExecutedCommand', () => {
  const sql = 'SELECT "c"."Id"\nFROM "Customers" AS "c"\nWHERE "c"."Id" = @id';
  it('renders EF Core’s Executed DbCommand message', () => {
    expect(
      formatExecutedCommand({ elapsedMs: 30, params: [makeParameter('id', 1, 'int')], sql, sensitive: true }),
    ).toBe(
      `Executed DbCommand (30ms) [Parameters=[@id='1'], CommandType='Text', CommandTimeout='30']\n${sql}`,
    );
    expect(
      formatExecutedCommand({
        elapsedMs: 1234.4,
        params: [makeParameter('id', 1, 'int')],
        sql,
        sensitive: false,
      }),
    ).toBe(
      `Executed DbCommand (1,234ms) [Parameters=[@id='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\n${sql}`,
    );
    expect(formatExecutedCommand({ elapsedMs: 0, params: [], sql: 'SELECT 1', sensitive: true })).toBe(
      "Executed DbCommand (0ms) [Parameters=[], CommandType='Text', CommandTimeout='30']\nSELECT 1",
    );
  });
});

describe('SQLite value conversions', () => {
  it('round-trips DateTime as EF Core SQLite text, in UTC', () => {
    const d = new Date(Date.UTC(2025, 0, 5, 9, 30, 0));
    expect(formatDbDateTime(d)).toBe('2025-01-05 09:30:00');
    expect(formatDbDateTime(new Date(Date.UTC(2025, 0, 5, 9, 30, 0, 120)))).toBe('2025-01-05 09:30:00.12');
    expect(parseDbDateTime('2025-01-05 09:30:00.1200000')?.getTime()).toBe(
      Date.UTC(2025, 0, 5, 9, 30, 0, 120),
    );
    expect(toDbValue('2025-01-05T09:30:00Z', 'datetime')).toBe('2025-01-05 09:30:00');
    expect(fromDbValue('2025-01-05 09:30:00', 'datetime')).toEqual(d);
  });

  it('maps bools to 0/1 and back', () => {
    expect(toDbValue(true, 'bool')).toBe(1);
    expect(fromDbValue(0, 'bool')).toBe(false);
    expect(fromDbValue(1, 'bool')).toBe(true);
    expect(fromDbValue(null, 'bool')).toBe(null);
  });
});

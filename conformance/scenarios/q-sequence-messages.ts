// The messages of First/Single failures, synchronous (System.Linq) and asynchronous (EF Core).
const attempts: [string, () => unknown][] = [
  ["First", () => db.Users.First(u => u.Id > 10)],
  ["Single0", () => db.Users.Single(u => u.Id > 10)],
  ["Single2", () => db.Users.Single(u => u.Id > 8)],
  ["SingleOrDefault2", () => db.Users.SingleOrDefault(u => u.Id > 8)],
  ["FirstAsync", () => db.Users.FirstAsync(u => u.Id > 10)],
  ["SingleAsync2", () => db.Users.SingleAsync(u => u.Id > 8)],
  ["SingleOrDefaultAsync2", () => db.Users.SingleOrDefaultAsync(u => u.Id > 8)],
];
for (const [name, attempt] of attempts) {
  try {
    await attempt();
  } catch (e) {
    console.log(`${name}: ${(e as Error).message}`);
  }
}

// The messages of First/Single failures, synchronous (System.Linq) and asynchronous (EF Core).
var attempts = new List<(string, Func<Task>)> {
  ("First", () => { db.Users.First(u => u.Id > 10); return Task.CompletedTask; }),
  ("Single0", () => { db.Users.Single(u => u.Id > 10); return Task.CompletedTask; }),
  ("Single2", () => { db.Users.Single(u => u.Id > 8); return Task.CompletedTask; }),
  ("SingleOrDefault2", () => { db.Users.SingleOrDefault(u => u.Id > 8); return Task.CompletedTask; }),
  ("FirstAsync", () => db.Users.FirstAsync(u => u.Id > 10)),
  ("SingleAsync2", () => db.Users.SingleAsync(u => u.Id > 8)),
  ("SingleOrDefaultAsync2", () => db.Users.SingleOrDefaultAsync(u => u.Id > 8)),
};
foreach (var (name, attempt) in attempts) {
  try {
    await attempt();
  } catch (Exception e) {
    Console.WriteLine($"{name}: {e.Message}");
  }
}

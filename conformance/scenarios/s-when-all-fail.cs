// Task.WhenAll with one failing flow: it waits for all, then throws the first failure.
var ok = Task.Run(async () => { await Task.Delay(80); Console.WriteLine("slow flow done"); });
var bad = Task.Run(async () => { await Task.Delay(10); await db.Users.FirstAsync(x => x.Id == 999); });
try {
  await Task.WhenAll(ok, bad);
} catch (Exception e) {
  Console.WriteLine($"{(e is InvalidOperationException ? "InvalidOperationException" : "other")}: {e.Message}");
}

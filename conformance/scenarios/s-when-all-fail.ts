// Task.WhenAll with one failing flow: it waits for all, then throws the first failure.
const ok = Task.Run(async () => { await Task.Delay(80); console.log('slow flow done'); });
const bad = Task.Run(async () => { await Task.Delay(10); await db.Users.FirstAsync(x => x.Id == 999); });
try {
  await Task.WhenAll(ok, bad);
} catch (e) {
  console.log(`${e instanceof InvalidOperationException ? 'InvalidOperationException' : 'other'}: ${(e as Error).message}`);
}

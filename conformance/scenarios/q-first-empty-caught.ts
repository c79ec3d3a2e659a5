// First (sync) on an empty result, caught: the message.
try {
  db.AuditLog.First();
} catch (e) {
  console.log(`${e instanceof InvalidOperationException ? "InvalidOperationException" : "other"}: ${(e as Error).message}`);
}

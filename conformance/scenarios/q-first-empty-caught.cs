// First (sync) on an empty result, caught: the message.
try {
  db.AuditLog.First();
} catch (Exception e) {
  Console.WriteLine($"{(e is InvalidOperationException ? "InvalidOperationException" : "other")}: {e.Message}");
}

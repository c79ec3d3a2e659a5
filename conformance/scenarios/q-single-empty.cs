// SingleAsync on no rows, and SingleOrDefaultAsync on two rows: both throw.
try {
  await db.Users.SingleAsync(u => u.Name == "Nobody");
} catch (Exception e) {
  Console.WriteLine(e.Message);
}
var user = await db.Users.SingleOrDefaultAsync(u => u.LastLogin == null);
Console.WriteLine(user?.Name);

// SingleAsync on no rows, and SingleOrDefaultAsync on two rows: both throw (caught).
try {
  await db.Users.SingleAsync(u => u.Name == "Nobody");
} catch (Exception e) {
  Console.WriteLine(e.Message);
}
try {
  await db.Users.SingleOrDefaultAsync(u => u.LastLogin == null);
} catch (Exception e) {
  Console.WriteLine(e.Message);
}

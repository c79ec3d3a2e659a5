// SingleAsync on no rows, and SingleOrDefaultAsync on two rows: both throw (caught).
try {
  await db.Users.SingleAsync(u => u.Name == "Nobody");
} catch (e) {
  console.log((e as Error).message);
}
try {
  await db.Users.SingleOrDefaultAsync(u => u.LastLogin == null);
} catch (e) {
  console.log((e as Error).message);
}

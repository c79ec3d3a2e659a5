// SingleAsync on no rows, and SingleOrDefaultAsync on two rows: both throw.
try {
  await db.Users.SingleAsync(u => u.Name == "Nobody");
} catch (e) {
  console.log((e as Error).message);
}
const user = await db.Users.SingleOrDefaultAsync(u => u.LastLogin == null);
console.log(user?.Name);

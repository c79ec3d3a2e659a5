// Null checks on a nullable column: == null, != null.
const never = await db.Users.Where(u => u.LastLogin == null).ToListAsync();
const some = await db.Users.Where(u => u.LastLogin != null).CountAsync();
console.log(`${never.map(u => u.Name).join(",")} never logged in; ${some} did`);

// Null checks on a nullable column: == null, != null.
var never = await db.Users.Where(u => u.LastLogin == null).ToListAsync();
var some = await db.Users.Where(u => u.LastLogin != null).CountAsync();
Console.WriteLine($"{string.Join(",", never.Select(u => u.Name))} never logged in; {some} did");

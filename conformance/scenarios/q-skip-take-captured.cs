// Skip + Take with captured values and arithmetic on them.
var size = 4;
var pageNo = 2;
var page = await db.Customers.OrderBy(c => c.Id).Skip(pageNo * size).Take(size).ToListAsync();
Console.WriteLine(string.Join(",", page.Select(c => c.Id)));

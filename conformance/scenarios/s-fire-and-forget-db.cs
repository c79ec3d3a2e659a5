// Fire-and-forget on the request's own context, after the request has ended.
var c = await db.Customers.FirstAsync(x => x.Id == 8);
_ = Task.Run(async () => {
  await Task.Delay(50);
  c.Name = "Background";
  await db.SaveChangesAsync();
});
Console.WriteLine("202 Accepted");

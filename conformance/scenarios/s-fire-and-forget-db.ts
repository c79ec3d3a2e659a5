// Fire-and-forget on the request's own context, after the request has ended.
const c = await db.Customers.FirstAsync(x => x.Id == 8);
void Task.Run(async () => {
  await Task.Delay(50);
  c.Name = 'Background';
  await db.SaveChangesAsync();
});
console.log('202 Accepted');

public record DashboardData(List<Order> Orders, List<Invoice> Invoices, List<Ticket> Tickets);

// Broken: three queries in flight on one injected context.
public class DashboardService(AppDb db)
{
    public async Task<DashboardData> GetDashboardAsync(int customerId)
    {
        var ordersTask = db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
        var invoicesTask = db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
        var ticketsTask = db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();

        await Task.WhenAll(ordersTask, invoicesTask, ticketsTask); // throws InvalidOperationException
        return new DashboardData(ordersTask.Result, invoicesTask.Result, ticketsTask.Result);
    }
}

// Fix 1: one query at a time on the same context.
public class SequentialDashboardService(AppDb db)
{
    public async Task<DashboardData> GetDashboardAsync(int customerId)
    {
        var orders = await db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
        var invoices = await db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
        var tickets = await db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();
        return new DashboardData(orders, invoices, tickets);
    }
}

// Fix 2: one context per parallel task.
// Program.cs: builder.Services.AddDbContextFactory<AppDb>(o => o.UseSqlServer(connectionString));
public class ParallelDashboardService(IDbContextFactory<AppDb> factory)
{
    public async Task<DashboardData> GetDashboardAsync(int customerId)
    {
        var ordersTask = LoadAsync(ctx => ctx.Orders.Where(o => o.CustomerId == customerId));
        var invoicesTask = LoadAsync(ctx => ctx.Invoices.Where(i => i.CustomerId == customerId));
        var ticketsTask = LoadAsync(ctx => ctx.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen));

        await Task.WhenAll(ordersTask, invoicesTask, ticketsTask);
        return new DashboardData(await ordersTask, await invoicesTask, await ticketsTask);
    }

    private async Task<List<T>> LoadAsync<T>(Func<AppDb, IQueryable<T>> query)
    {
        await using var ctx = await factory.CreateDbContextAsync();
        return await query(ctx).ToListAsync();
    }
}

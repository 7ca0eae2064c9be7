-- fib: the Lua version of fib.go (Lua 5.4 and LuaJIT) — doubly recursive fib(n); same argument and output.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local n = 25
if #arg >= 1 then n = tonumber(arg[#arg]) end
print(string.format("fib(%d) = %d", n, fib(n)))

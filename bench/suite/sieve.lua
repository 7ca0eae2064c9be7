-- sieve: the Lua version of sieve.go (same algorithm, same output; Lua 5.4 and LuaJIT); see there.
local MAX_LIMIT = 1000000

local passes = tonumber(arg[#arg]) or 2
local flags = {}
for i = 1, MAX_LIMIT do flags[i] = false end
local count, total = 0, 0
for pass = 0, passes - 1 do
  local limit = MAX_LIMIT - pass % 64
  for i = 2, limit do flags[i] = true end
  count = 0
  for i = 2, limit do
    if flags[i] then
      count = count + 1
      for k = i * i, limit, i do flags[k] = false end
    end
  end
  total = total + count
end
io.write(string.format("primes %d total %d\n", count, total))

-- binarytrees: the Lua version of binarytrees.go (Lua 5.4 and LuaJIT) — the Benchmarks Game's binary-trees,
-- nodes as {left, right} tables (a leaf is the empty table); same argument and output.
local function bottomUp(depth)
  if depth <= 0 then return {} end
  depth = depth - 1
  return { bottomUp(depth), bottomUp(depth) }
end

local function check(t)
  local l = t[1]
  if not l then return 1 end
  return 1 + check(l) + check(t[2])
end

local n = 10
if #arg >= 1 then n = tonumber(arg[#arg]) end
local minDepth = 4
local maxDepth = n
if minDepth + 2 > maxDepth then maxDepth = minDepth + 2 end

local stretch = maxDepth + 1
print(string.format("stretch tree of depth %d\t check: %d", stretch, check(bottomUp(stretch))))

local longLived = bottomUp(maxDepth)

for depth = minDepth, maxDepth, 2 do
  local iterations = math.floor(2 ^ (maxDepth - depth + minDepth))
  local sum = 0
  for _ = 1, iterations do
    sum = sum + check(bottomUp(depth))
  end
  print(string.format("%d\t trees of depth %d\t check: %d", iterations, depth, sum))
end
print(string.format("long lived tree of depth %d\t check: %d", maxDepth, check(longLived)))

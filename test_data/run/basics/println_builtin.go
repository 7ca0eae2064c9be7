package main

// The builtins print and println write to standard error; println separates operands with spaces.
func main() {
	println("start", 1, true, 'x', -7)
	print("a", "b", 3, 4, "\n")
	var f float64 = 1.5
	println(f, 1e21, -0.25)
	var p *int
	println(p == nil, nil == p)
	println()
	println("end")
}

// Labeled break and continue do not change loop depth; nested loops each add one. An address kept in a variable
// of an outer loop's body outlives the inner loop's iterations but not the outer one's.
package main

func labeledContinue() int {
	sum := 0
outer:
	for i := 0; i < 3; i++ {
		var p *int
		for j := 0; j < 3; j++ {
			v := i * j // ERROR "moved to heap: v$"
			if v > 2 {
				continue outer
			}
			p = &v
			sum += *p
		}
	}
	return sum
}

func keptAcrossInner() int {
	sum := 0
	for i := 0; i < 3; i++ {
		var p *int
		for j := 0; j < 2; j++ {
			w := j // ERROR "moved to heap: w$"
			p = &w
		}
		sum += *p
	}
	return sum
}

func sameDepth() int {
	sum := 0
	for i := 0; i < 3; i++ {
		var p *int
		u := i
		p = &u
		sum += *p
	}
	return sum
}

func main() {
	check(labeledContinue(), 5)
	check(keptAcrossInner(), 3)
	check(sameDepth(), 3)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

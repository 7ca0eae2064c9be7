// Labels and branch statements, with gc's wording (its syntax package checks them).

package main

func main() {
L: // ERROR "^label L defined and not used$"
	for {
	}
Outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue Outer
		case 2:
			break Outer
		}
	}
	break    // ERROR "^break is not in a loop, switch, or select$"
	continue // ERROR "^continue is not in a loop$"
B:
	{
		break B // ERROR "^invalid break label B$"
	}
S:
	switch {
	default:
		continue S // ERROR "^invalid continue label S$"
	}
	goto Missing // ERROR "^label Missing not defined$"
	goto Over    // ERROR "^goto Over jumps over declaration of x at .*:31:2$"
	x := 1
	_ = x
Over:
	goto Inside // ERROR "^goto Inside jumps into block starting at .*:35:11$"
	if x > 0 {
	Inside:
	}
}

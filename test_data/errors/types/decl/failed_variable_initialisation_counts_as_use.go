// A local variable whose type or initialisation is invalid is not also reported as unused (gc).

package main

type Inst interface{ Next() *Inst }

func f() {
	var a int // ERROR "^declared and not used: a$"
	var b undefinedT // ERROR "^undefined: undefinedT$"
	var c = undefinedV // ERROR "^undefined: undefinedV$"
	var d, e = 1, undefinedW // ERROR "^declared and not used: d$" "^undefined: undefinedW$"
	var s string = nil // ERROR "^cannot use nil as string value in variable declaration$"
	var p *Inst = new(int) // ERROR "^cannot use new\(int\) \(value of type \*int\) as \*Inst value in variable declaration: \*int does not implement \*Inst \(type \*Inst is pointer to interface, not interface\)$"
	var g, h, i = 1, 2 // ERROR "^missing init expr for i$"
	_, _ = g, h
	var j, k = 1, 2, 3 // ERROR "^extra init expr 3$"
	_, _ = j, k
	var m, n int = undefinedF() // ERROR "^undefined: undefinedF$"
}

func main() { f() }

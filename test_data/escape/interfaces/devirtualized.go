// Interface calls whose dynamic type is visible (the interface variable only ever holds one concrete type): Go
// devirtualizes them before its escape analysis, so the converted value does not escape when the method keeps
// nothing, also when the method is promoted from an embedded field. Go also prints `devirtualizing i.Name to T`
// on the call, a message vo does not print (the `// vo:` lines).
package main

type Namer interface{ Name() string }

type Base struct{ n string }

func (b Base) Name() string { return b.n } // ERROR "leaking param: b to result ~r0 level=0$"

type Wrapped struct {
	Base
	extra int
}

type PtrWrapped struct {
	*Base
}

func direct() string {
	b := Base{"a"}
	var i Namer = b // ERROR "b does not escape$"
	// vo: Go 1.19 also reports "devirtualizing i.Name to T" here, which vo does not print.
	return i.Name()
}

func promoted() string {
	w := Wrapped{Base{"b"}, 1}
	var i Namer = w // ERROR "w does not escape$"
	// vo: Go 1.19 also reports "devirtualizing i.Name to T" here, which vo does not print.
	return i.Name()
}

func promotedThroughPointer() string {
	w := PtrWrapped{&Base{"c"}} // ERROR "&Base{...} does not escape$"
	var i Namer = w
	// vo: Go 1.19 also reports "devirtualizing i.Name to T" here, which vo does not print.
	return i.Name()
}

func main() {
	_ = direct()
	_ = promoted()
	_ = promotedThroughPointer()
}

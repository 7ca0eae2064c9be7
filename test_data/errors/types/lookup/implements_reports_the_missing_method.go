// When a type does not implement an interface, gc says why: the method is missing (perhaps with a name differing
// in case), has another signature, has a pointer receiver, or is a field.
package main

type I interface {
	M(string)
}

type Good struct{}

func (Good) M(string) {}

type Missing struct{}

type WrongType struct{}

func (WrongType) M(int) {}

type PtrRecv struct{}

func (*PtrRecv) M(string) {}

type Lower struct{}

func (Lower) m(string) int { return 0 }

type Field struct{ M func(string) }

type Promoted struct{ *PtrRecv } // *PtrRecv's methods are in Promoted's method set

var (
	_ I = Good{}
	_ I = &Good{}
	_ I = &PtrRecv{}
	_ I = Promoted{}
	_ I = Missing{}   // ERROR "Missing does not implement I \(missing method M\)$"
	_ I = WrongType{} // ERROR "WrongType does not implement I \(wrong type for method M\)\n\t\thave M\(int\)\n\t\twant M\(string\)$"
	_ I = PtrRecv{}   // ERROR "PtrRecv does not implement I \(method M has pointer receiver\)$"
	_ I = Lower{}     // ERROR "Lower does not implement I \(missing method M\)\n\t\thave m\(string\) int\n\t\twant M\(string\)$"
	_ I = Field{}     // ERROR "Field does not implement I \(Field.M is a field, not a method\)$"
	_ I = new(I)      // ERROR "\*I does not implement I \(type \*I is pointer to interface, not interface\)$"
)

func main() {}

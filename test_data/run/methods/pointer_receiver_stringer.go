package main

import "fmt"

type Acct struct{ bal int }

func (a *Acct) String() string { return fmt.Sprintf("Acct(%d)", a.bal) }

func main() {
	a := Acct{5}
	fmt.Println(&a) // *Acct implements Stringer
	fmt.Println(a)  // Acct does not: printed as a struct
	fmt.Printf("%v %+v\n", &a, a)
}

package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (T) String() string { return "T" }
func (T) Error() string  { return "T error" }

func main() {
	var v interface{} = T{}
	switch v.(type) {
	case error:
		fmt.Println("matched error first")
	case Stringer:
		fmt.Println("matched Stringer")
	}
	switch x := v.(type) {
	case Stringer:
		fmt.Println("Stringer:", x.String())
	case error:
		fmt.Println("error")
	}
	switch v.(type) {
	}
	fmt.Println("done")
}

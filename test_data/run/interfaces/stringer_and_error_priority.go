package main

import "fmt"

type both struct{}

func (both) Error() string  { return "as error" }
func (both) String() string { return "as stringer" }

type onlyString struct{ n int }

func (o onlyString) String() string { return fmt.Sprintf("<%d>", o.n) }

func main() {
	fmt.Println(both{})
	fmt.Printf("%v %s\n", both{}, both{})
	fmt.Println(onlyString{3}, []onlyString{{1}, {2}})
	fmt.Printf("%d\n", onlyString{4})
	fmt.Printf("%+v %#v\n", onlyString{5}, onlyString{6})
}

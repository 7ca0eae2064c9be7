package main

import "fmt"

func catch(f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("error:", err.Error())
			return
		}
		fmt.Println("value:", r)
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	s := []int{1}
	i := 5
	z := 0
	catch(func() { _ = s[i] })
	catch(func() { m["a"] = 1 })
	catch(func() { fmt.Println(p.x) })
	catch(func() { fmt.Println(1 / z) })
	catch(func() { var e interface{} = "s"; fmt.Println(e.(int)) })
	catch(func() { panic("plain") })
	fmt.Println("survived")
}
